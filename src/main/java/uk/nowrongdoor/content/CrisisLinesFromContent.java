package uk.nowrongdoor.content;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.service.ShippedCrisisLines;

/**
 * The national crisis numbers as written in {@code content/crisis-lines.yaml}, which {@code DirectoryService} gives
 * every page while the first start is still loading them into the database (the import commits as one transaction at
 * its end, so until then the database has none). Read once, on first use; never saved from here.
 */
@Component
public class CrisisLinesFromContent implements ShippedCrisisLines {

    private final String location;
    private volatile @Nullable List<CrisisLine> lines;

    CrisisLinesFromContent(@Value("${nwd.content.location:classpath:content/}") String location) {
        this.location = location;
    }

    /** The lines in the file's order, as the loader would save them. */
    @Override
    public List<CrisisLine> lines() {
        var read = lines;
        if (read == null) {
            var entries = new ContentFiles(location).readCrisisLines();
            var built = new ArrayList<CrisisLine>();
            for (int i = 0; i < entries.size(); i++) {
                built.add(ContentImporter.toCrisisLine(entries.get(i), i));
            }
            read = List.copyOf(built);
            lines = read;
        }
        return read;
    }
}
