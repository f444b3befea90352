package uk.nowrongdoor.feedback.service;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.feedback.domain.Feedback;
import uk.nowrongdoor.feedback.domain.Outcome;
import uk.nowrongdoor.feedback.domain.Theme;

/** What a lead codes on an item: the form bean of the item screen (never the entity). */
public class Coding {

    private Set<Theme> themes = EnumSet.noneOf(Theme.class);
    private @Nullable Outcome outcome;
    private @Nullable LocalDate acknowledgedOn;
    private @Nullable LocalDate responseDue;
    private @Nullable LocalDate respondedOn;
    private @Nullable Boolean wellFounded;
    private boolean referredToOmbudsman;

    @Size(max = Feedback.NOTES_MAX, message = "Keep notes to " + Feedback.NOTES_MAX + " characters")
    private @Nullable String notes;

    public Set<Theme> getThemes() {
        return themes;
    }

    public void setThemes(@Nullable Set<Theme> themes) {
        this.themes = themes == null || themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
    }

    public @Nullable Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable Outcome outcome) {
        this.outcome = outcome;
    }

    public @Nullable LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public void setAcknowledgedOn(@Nullable LocalDate acknowledgedOn) {
        this.acknowledgedOn = acknowledgedOn;
    }

    public @Nullable LocalDate getResponseDue() {
        return responseDue;
    }

    public void setResponseDue(@Nullable LocalDate responseDue) {
        this.responseDue = responseDue;
    }

    public @Nullable LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(@Nullable LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public @Nullable Boolean getWellFounded() {
        return wellFounded;
    }

    public void setWellFounded(@Nullable Boolean wellFounded) {
        this.wellFounded = wellFounded;
    }

    public boolean isReferredToOmbudsman() {
        return referredToOmbudsman;
    }

    public void setReferredToOmbudsman(boolean referredToOmbudsman) {
        this.referredToOmbudsman = referredToOmbudsman;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public void setNotes(@Nullable String notes) {
        this.notes = notes;
    }
}
