package uk.nowrongdoor.operations;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/** Gives the Elasticsearch backend (scale profile) its index names, with {@code nwd.search.index-prefix} in front. */
@Component
class SearchIndexLayout implements HibernatePropertiesCustomizer {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String LAYOUT = "hibernate.search.backend.layout.strategy";

    private final String prefix;

    SearchIndexLayout(@Value("${nwd.search.index-prefix:}") String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if ("elasticsearch".equals(properties.get(BACKEND_TYPE)) && !properties.containsKey(LAYOUT)) {
            properties.put(LAYOUT, new PrefixedIndexLayout(prefix));
        }
    }
}
