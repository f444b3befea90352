package uk.nowrongdoor.feedback.service;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.nowrongdoor.feedback.domain.FeedbackKind;

/**
 * How long closed feedback keeps its personal details ({@code nwd.feedback.retention.*}, documented in the README).
 * The defaults are the 2 years the privacy notice ({@code content/pages/privacy.md}) states for every kind: the
 * reference material holds no records-management retention schedule, so the periods are the partnership's decision.
 *
 * @param erasureHold how long after closing a concern or formal complaint must be kept before an admin may erase the
 *     person's details early (the complaints regulations' 12 months to complain, read as the least time to keep it)
 */
@ConfigurationProperties("nwd.feedback.retention")
public record FeedbackRetentionProperties(
        @DefaultValue("P2Y") Period compliment,
        @DefaultValue("P2Y") Period comment,
        @DefaultValue("P2Y") Period concern,
        @DefaultValue("P2Y") Period complaint,
        @DefaultValue("P12M") Period erasureHold) {

    public Period periodFor(FeedbackKind kind) {
        return switch (kind) {
            case COMPLIMENT -> compliment;
            case COMMENT -> comment;
            case CONCERN -> concern;
            case COMPLAINT -> complaint;
        };
    }

    /** "2 years", "12 months", as configured (12 months stays 12 months). */
    public static String inWords(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() == 1 ? "1 year" : period.getYears() + " years";
        }
        if (period.getYears() == 0 && period.getDays() == 0) {
            return period.getMonths() == 1 ? "1 month" : period.getMonths() + " months";
        }
        return period.toString();
    }
}
