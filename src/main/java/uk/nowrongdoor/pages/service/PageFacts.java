package uk.nowrongdoor.pages.service;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.referral.service.ReferralProperties;

/**
 * The facts a content page may name in double braces, so that pages say what this install really does and who runs
 * it: {@code {{controller}}}, {@code {{contact}}} and {@code {{ico-registration}}} come from {@code nwd.privacy.*}, set
 * by the deployer; {@code {{referral-retention}}} is the period the referral retention job applies. A fact the deployer
 * has not set shows as a marked gap, and the page lists it so the view can warn that the page is not finished.
 */
@Component
public class PageFacts {

    private static final Pattern TOKEN = Pattern.compile("\\{\\{([a-z-]+)}}");
    private static final Map<String, String> DEPLOYER_SETS = Map.of(
            "controller", "the data controller (nwd.privacy.controller)",
            "contact", "the data protection contact (nwd.privacy.contact)",
            "ico-registration", "the ICO registration number (nwd.privacy.ico-registration)");

    private final Environment environment;
    private final ReferralProperties referrals;

    PageFacts(Environment environment, ReferralProperties referrals) {
        this.environment = environment;
        this.referrals = referrals;
    }

    /** The markdown with every known fact filled in, and what is still missing, in the order the page names it. */
    Filled fill(String markdown) {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("referral-retention", inWords(referrals.retention()));
        var missing = new ArrayList<String>();
        Matcher m = TOKEN.matcher(markdown);
        var out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = known.get(name);
            if (value == null && DEPLOYER_SETS.containsKey(name)) {
                String set = environment.getProperty("nwd.privacy." + name, "").strip();
                if (set.isEmpty()) {
                    String what = DEPLOYER_SETS.get(name);
                    if (!missing.contains(what)) {
                        missing.add(what);
                    }
                    value = "**[not set yet: " + what + "]**";
                } else {
                    value = escape(set);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return new Filled(out.toString(), List.copyOf(missing));
    }

    /** "2 years", "18 months", "1 year and 6 months". */
    static String inWords(Period given) {
        Period period = given.normalized();
        var parts = new ArrayList<String>();
        if (period.getYears() > 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() > 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    /** A configured value is text, never markdown: its punctuation is escaped. */
    private static String escape(String value) {
        return value.replaceAll("([\\\\`*_\\[\\]{}()#+!<>|~-])", "\\\\$1");
    }

    record Filled(String markdown, List<String> missing) {}
}
