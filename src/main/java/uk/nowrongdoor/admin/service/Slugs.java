package uk.nowrongdoor.admin.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Slugs for records admins add: from the name, ASCII, unique (a number added when taken). */
final class Slugs {

    private Slugs() {}

    static String free(String name, String fallback, Predicate<String> taken) {
        String base = Normalizer.normalize(name.toLowerCase(Locale.UK), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        if (base.isEmpty()) {
            base = fallback;
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
