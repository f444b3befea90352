package uk.nowrongdoor.referral.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.domain.SafeNow;
import uk.nowrongdoor.intake.service.SubmissionRequest;
import uk.nowrongdoor.referral.domain.ContactMethod;
import uk.nowrongdoor.referral.domain.ForWhom;
import uk.nowrongdoor.referral.domain.SelfReferral;

/**
 * The self-referral form bean: what the journey collects, one step at a time. The rules here are checked twice: by
 * the form's Binder (messages next to each field) and again by the service, which trusts nothing from the browser.
 * Setters clean text (control characters out), so the length limits apply to what is stored.
 */
public class SelfReferralRequest extends SubmissionRequest {

    @NotNull(message = "Select who you are asking for help for")
    private @Nullable ForWhom forWhom;

    private boolean personConsents;

    @NotNull(message = "Select an answer")
    private @Nullable SafeNow safeNow;

    @NotBlank(message = "Tell the service what help you would like, in your own words")
    @Size(
            max = SelfReferral.HELP_MAX,
            message = "Help wanted must be " + SelfReferral.HELP_MAX + " characters or fewer")
    private @Nullable String helpWanted;

    @NotBlank(message = "Enter the name the service should use")
    @Size(max = SelfReferral.NAME_MAX, message = "Name must be " + SelfReferral.NAME_MAX + " characters or fewer")
    private @Nullable String contactName;

    @NotNull(message = "Select how the service should contact you")
    private @Nullable ContactMethod contactMethod;

    private boolean voicemailOk;

    private boolean maySayWhoCalls;

    @Size(
            max = SelfReferral.BEST_TIMES_MAX,
            message = "Best times must be " + SelfReferral.BEST_TIMES_MAX + " characters or fewer")
    private @Nullable String bestTimes;

    @Size(
            max = SelfReferral.PRONOUNS_MAX,
            message = "Pronouns must be " + SelfReferral.PRONOUNS_MAX + " characters or fewer")
    private @Nullable String pronouns;

    @Size(max = SelfReferral.NEEDS_MAX, message = "This must be " + SelfReferral.NEEDS_MAX + " characters or fewer")
    private @Nullable String communicationNeeds;

    @Size(
            max = SelfReferral.ABOUT_MAX,
            message = "About you must be " + SelfReferral.ABOUT_MAX + " characters or fewer")
    private @Nullable String aboutMe;

    @AssertTrue(message = "Tick the box to agree that we can share your answers with the service")
    private boolean consentToShare;

    /** Rules that join two answers; field name to message. The Binder asks the same questions per field. */
    @Override
    public Map<String, String> crossFieldProblems() {
        var problems = new LinkedHashMap<String, String>();
        String consent = consentProblem(forWhom, personConsents);
        if (consent != null) {
            problems.put("personConsents", consent);
        }
        String phoneProblem = phoneProblem(contactMethod, getPhone());
        if (phoneProblem != null) {
            problems.put("phone", phoneProblem);
        }
        String emailProblem = emailProblem(contactMethod, getEmail());
        if (emailProblem != null) {
            problems.put("email", emailProblem);
        }
        return problems;
    }

    public static @Nullable String consentProblem(@Nullable ForWhom forWhom, boolean personConsents) {
        return forWhom == ForWhom.SOMEONE_I_CARE_FOR && !personConsents
                ? "You can only ask for help for someone else if they know and agree. Tick the box to confirm"
                : null;
    }

    public static @Nullable String phoneProblem(@Nullable ContactMethod method, @Nullable String phone) {
        return (method == ContactMethod.PHONE || method == ContactMethod.TEXT) && PlainText.isBlank(phone)
                ? "Enter the phone number the service should use"
                : null;
    }

    public static @Nullable String emailProblem(@Nullable ContactMethod method, @Nullable String email) {
        return method == ContactMethod.EMAIL && PlainText.isBlank(email)
                ? "Enter the email address the service should use"
                : null;
    }

    public @Nullable ForWhom getForWhom() {
        return forWhom;
    }

    public void setForWhom(@Nullable ForWhom forWhom) {
        this.forWhom = forWhom;
    }

    public boolean isPersonConsents() {
        return personConsents;
    }

    public void setPersonConsents(boolean personConsents) {
        this.personConsents = personConsents;
    }

    public @Nullable SafeNow getSafeNow() {
        return safeNow;
    }

    public void setSafeNow(@Nullable SafeNow safeNow) {
        this.safeNow = safeNow;
    }

    public @Nullable String getHelpWanted() {
        return helpWanted;
    }

    public void setHelpWanted(@Nullable String helpWanted) {
        this.helpWanted = PlainText.clean(helpWanted);
    }

    public @Nullable String getContactName() {
        return contactName;
    }

    public void setContactName(@Nullable String contactName) {
        this.contactName = PlainText.clean(contactName);
    }

    public @Nullable ContactMethod getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(@Nullable ContactMethod contactMethod) {
        this.contactMethod = contactMethod;
    }

    public boolean isVoicemailOk() {
        return voicemailOk;
    }

    public void setVoicemailOk(boolean voicemailOk) {
        this.voicemailOk = voicemailOk;
    }

    public boolean isMaySayWhoCalls() {
        return maySayWhoCalls;
    }

    public void setMaySayWhoCalls(boolean maySayWhoCalls) {
        this.maySayWhoCalls = maySayWhoCalls;
    }

    public @Nullable String getBestTimes() {
        return bestTimes;
    }

    public void setBestTimes(@Nullable String bestTimes) {
        this.bestTimes = PlainText.clean(bestTimes);
    }

    public @Nullable String getPronouns() {
        return pronouns;
    }

    public void setPronouns(@Nullable String pronouns) {
        this.pronouns = PlainText.clean(pronouns);
    }

    public @Nullable String getCommunicationNeeds() {
        return communicationNeeds;
    }

    public void setCommunicationNeeds(@Nullable String communicationNeeds) {
        this.communicationNeeds = PlainText.clean(communicationNeeds);
    }

    public @Nullable String getAboutMe() {
        return aboutMe;
    }

    public void setAboutMe(@Nullable String aboutMe) {
        this.aboutMe = PlainText.clean(aboutMe);
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public void setConsentToShare(boolean consentToShare) {
        this.consentToShare = consentToShare;
    }
}
