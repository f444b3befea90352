package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A partner or other provider that runs listings. */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    public static final int NAME_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;

    @Column(nullable = false, unique = true, length = 80)
    private String slug = "";

    /** The id the Open Referral feed publishes; never changes once set (see {@link StableId}). */
    @Column(nullable = false, unique = true, updatable = false)
    private UUID uuid;

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, searchAnalyzer = SearchAnalyzers.ENGLISH_SEARCH)
    @FullTextField(name = "name_plain", analyzer = SearchAnalyzers.PLAIN)
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(length = 300)
    private @Nullable String website;

    @Column(length = 500)
    private @Nullable String source;

    /** Only so that Hibernate Search can find the listings to reindex when the name changes; never loaded otherwise. */
    @OneToMany(mappedBy = "organisation")
    private Set<Listing> listings = new HashSet<>();

    protected Organisation() {}

    public Organisation(String slug, String name) {
        this(StableId.of(StableId.ORGANISATION, slug), slug, name);
    }

    /** An organisation that keeps an id given elsewhere: a feed's organization UUID. */
    public Organisation(UUID uuid, String slug, String name) {
        this.uuid = uuid;
        this.slug = slug;
        this.name = name;
    }

    @PrePersist
    void ensureUuid() {
        if (uuid == null) {
            uuid = UUID.randomUUID();
        }
    }

    public UUID getUuid() {
        return uuid;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getSource() {
        return source;
    }

    public void setSource(@Nullable String source) {
        this.source = source;
    }
}
