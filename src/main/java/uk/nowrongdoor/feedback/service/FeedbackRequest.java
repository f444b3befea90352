package uk.nowrongdoor.feedback.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.AgeBand;
import uk.nowrongdoor.feedback.domain.Disability;
import uk.nowrongdoor.feedback.domain.Ethnicity;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.FeedbackKind;
import uk.nowrongdoor.feedback.domain.Gender;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRequest;

/**
 * The feedback form bean. The same rules are checked by the form's Binder and again by the service. Setters clean
 * text. Equality answers travel with the request but are stored apart from it.
 */
public class FeedbackRequest extends SubmissionRequest {

    @NotNull(message = "Select what kind of feedback this is")
    private @Nullable FeedbackKind kind;

    @NotNull(message = "Select who your feedback is about, or choose \"I am not sure\"")
    private @Nullable FeedbackSubject subject;

    @NotBlank(message = "Tell us what happened")
    @Size(max = Feedback.WHAT_MAX, message = "What happened must be " + Feedback.WHAT_MAX + " characters or fewer")
    private @Nullable String whatHappened;

    @Size(max = Feedback.WHEN_MAX, message = "When it happened must be " + Feedback.WHEN_MAX + " characters or fewer")
    private @Nullable String whenHappened;

    @Size(max = Feedback.OUTCOME_MAX, message = "The outcome must be " + Feedback.OUTCOME_MAX + " characters or fewer")
    private @Nullable String outcomeWanted;

    private @Nullable SafeNow safeNow;

    private boolean anonymous;

    @Size(max = Feedback.NAME_MAX, message = "Name must be " + Feedback.NAME_MAX + " characters or fewer")
    private @Nullable String contactName;

    private boolean forSomeoneElse;

    private boolean personConsents;

    private @Nullable Gender gender;
    private @Nullable AgeBand ageBand;
    private @Nullable Ethnicity ethnicity;
    private @Nullable Disability disability;

    @Override
    public Map<String, String> crossFieldProblems() {
        var problems = new LinkedHashMap<String, String>();
        put(problems, "outcomeWanted", outcomeProblem(kind, outcomeWanted));
        put(problems, "contactName", nameProblem(anonymous, contactName));
        put(problems, "email", contactProblem(anonymous, getEmail(), getPhone()));
        put(problems, "personConsents", consentProblem(forSomeoneElse, personConsents));
        return problems;
    }

    private static void put(Map<String, String> problems, String field, @Nullable String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    public static @Nullable String outcomeProblem(@Nullable FeedbackKind kind, @Nullable String outcome) {
        return kind == FeedbackKind.COMPLAINT && PlainText.isBlank(outcome)
                ? "Tell us what you would like to happen as a result of your complaint"
                : null;
    }

    public static @Nullable String nameProblem(boolean anonymous, @Nullable String name) {
        return !anonymous && PlainText.isBlank(name)
                ? "Enter your name, or choose to send this without your name"
                : null;
    }

    public static @Nullable String contactProblem(boolean anonymous, @Nullable String email, @Nullable String phone) {
        return !anonymous && PlainText.isBlank(email) && PlainText.isBlank(phone)
                ? "Enter an email address or a phone number so we can reply, or send this without your name"
                : null;
    }

    public static @Nullable String consentProblem(boolean forSomeoneElse, boolean personConsents) {
        return forSomeoneElse && !personConsents
                ? "You can only give feedback for someone else if they agree. Tick the box to confirm they do"
                : null;
    }

    public @Nullable FeedbackKind getKind() {
        return kind;
    }

    public void setKind(@Nullable FeedbackKind kind) {
        this.kind = kind;
    }

    public @Nullable FeedbackSubject getSubject() {
        return subject;
    }

    public void setSubject(@Nullable FeedbackSubject subject) {
        this.subject = subject;
    }

    public @Nullable String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(@Nullable String whatHappened) {
        this.whatHappened = PlainText.clean(whatHappened);
    }

    public @Nullable String getWhenHappened() {
        return whenHappened;
    }

    public void setWhenHappened(@Nullable String whenHappened) {
        this.whenHappened = PlainText.clean(whenHappened);
    }

    public @Nullable String getOutcomeWanted() {
        return outcomeWanted;
    }

    public void setOutcomeWanted(@Nullable String outcomeWanted) {
        this.outcomeWanted = PlainText.clean(outcomeWanted);
    }

    public @Nullable SafeNow getSafeNow() {
        return safeNow;
    }

    public void setSafeNow(@Nullable SafeNow safeNow) {
        this.safeNow = safeNow;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = PlainText.clean(contactName);
    }

    public boolean isForSomeoneElse() {
        return forSomeoneElse;
    }

    public void setForSomeoneElse(boolean forSomeoneElse) {
        this.forSomeoneElse = forSomeoneElse;
    }

    public boolean isPersonConsents() {
        return personConsents;
    }

    public void setPersonConsents(boolean personConsents) {
        this.personConsents = personConsents;
    }

    public @Nullable Gender getGender() {
        return gender;
    }

    public void setGender(@Nullable Gender gender) {
        this.gender = gender;
    }

    public @Nullable AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(@Nullable AgeBand ageBand) {
        this.ageBand = ageBand;
    }

    public @Nullable Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(@Nullable Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public @Nullable Disability getDisability() {
        return disability;
    }

    public void setDisability(@Nullable Disability disability) {
        this.disability = disability;
    }
}
