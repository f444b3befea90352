package uk.nowrongdoor.intake.service;

import java.util.Map;
import uk.nowrongdoor.base.domain.UserFacingException;

/** The service's own check found problems: field name to message, safe to show next to the field. */
public class InvalidSubmissionException extends UserFacingException {

    private final Map<String, String> problems;

    public InvalidSubmissionException(Map<String, String> problems) {
        super("Please check your answers: " + String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
