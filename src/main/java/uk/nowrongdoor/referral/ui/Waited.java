package uk.nowrongdoor.referral.ui;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on staff screens, in words: "3 hours 20 minutes", "2 days 4 hours". */
final class Waited {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private Waited() {}

    static String words(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        // up to two days in hours, so a wait reads against the 24-hour target at a glance
        long days = minutes >= 48 * 60 ? minutes / (24 * 60) : 0;
        long hours = days > 0 ? (minutes / 60) % 24 : minutes / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (mins > 0 ? " " + plural(mins, "minute") : "");
        }
        return plural(mins, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
