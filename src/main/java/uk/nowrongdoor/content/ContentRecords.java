package uk.nowrongdoor.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the loader last wrote for each crisis line, category and place, as a hash of the fields it sets
 * ({@code content_record}). A row whose fields still hash to that value has not been changed by anyone since, so a
 * newer content release may update it; any other row was changed by staff and is left alone.
 */
@Component
class ContentRecords {

    enum Kind {
        CRISIS_LINE,
        CATEGORY,
        PLACE,
        /** The phone and text number of a listing that names a national crisis line ({@code crisisLine:}). */
        CRISIS_LISTING
    }

    private final JdbcTemplate jdbc;

    ContentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lastWritten(Kind kind, String slug) {
        List<String> hashes = jdbc.queryForList(
                "select content_hash from content_record where kind = ? and slug = ?", String.class, kind.name(), slug);
        return hashes.stream().findFirst();
    }

    void written(Kind kind, String slug, String hash) {
        if (jdbc.update(
                        "update content_record set content_hash = ? where kind = ? and slug = ?",
                        hash,
                        kind.name(),
                        slug)
                == 0) {
            jdbc.update(
                    "insert into content_record (kind, slug, content_hash) values (?, ?, ?)", kind.name(), slug, hash);
        }
    }

    static String hash(@Nullable Object... fields) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (Object field : fields) {
                digest.update((field == null ? "\u0000" : field.toString()).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
