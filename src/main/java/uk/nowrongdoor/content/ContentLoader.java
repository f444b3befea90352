package uk.nowrongdoor.content;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads {@code content/} on first start, when the database holds no directory yet. On later starts it brings changed
 * crisis lines, categories and places into rows nobody else has changed, adds new ones, and fills details the database
 * lacks (a town's postcode district); it never overwrites what staff changed, and never touches submissions.
 */
@Component
class ContentLoader implements ApplicationRunner {

    private final ContentImporter importer;
    private final String location;

    ContentLoader(ContentImporter importer, @Value("${nwd.content.location:classpath:content/}") String location) {
        this.importer = importer;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        var content = new ContentFiles(location).read();
        if (importer.isEmpty()) {
            importer.importAll(content);
        } else {
            importer.refresh(content);
        }
    }
}
