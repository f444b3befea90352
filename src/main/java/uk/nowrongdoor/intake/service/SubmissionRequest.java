package uk.nowrongdoor.intake.service;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.intake.domain.PlainText;
import uk.nowrongdoor.intake.domain.Submission;

/**
 * What every public form bean has: the idempotency key, the honeypot, and the phone and email fields with their rules.
 * The rules are checked by the form's Binder (messages next to each field) and again by the service. Setters clean
 * text (control characters out), so the length limits apply to what is stored.
 */
public abstract class SubmissionRequest {

    public static final String PHONE_PATTERN = "^$|^\\+?[0-9 ()-]{7,20}$";

    /** Made when the form opens; a retry with the same key returns the first submission instead of a second one. */
    @NotBlank
    @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "Please start the form again")
    private String idempotencyKey = UUID.randomUUID().toString();

    /** The honeypot: hidden from people, filled in by scripts. */
    private @Nullable String website;

    @Size(max = Submission.PHONE_MAX, message = "Phone number must be " + Submission.PHONE_MAX + " characters or fewer")
    @Pattern(regexp = PHONE_PATTERN, message = "Enter a phone number, like 07700 900 982 or 024 7696 0000")
    private @Nullable String phone;

    @Size(
            max = Submission.EMAIL_MAX,
            message = "Email address must be " + Submission.EMAIL_MAX + " characters or fewer")
    @Email(message = "Enter an email address in the correct format, like name@example.com")
    private @Nullable String email;

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = website;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = PlainText.clean(phone);
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = PlainText.clean(email);
    }

    /** Rules that span fields (for example "an email or a phone number"), by field name: none unless a form has some. */
    public Map<String, String> crossFieldProblems() {
        return Map.of();
    }

    /**
     * Checks every rule again in the service (the form's Binder checked them first): the first message for each field,
     * field rules before those that span fields.
     *
     * @throws InvalidSubmissionException when any rule fails, with the messages to show next to the fields
     */
    public void check(Validator validator) {
        var problems = new LinkedHashMap<String, String>();
        validator
                .validate(this)
                .forEach(v -> problems.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        crossFieldProblems().forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
    }
}
