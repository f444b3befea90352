package uk.nowrongdoor.directory.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.CrisisLine;
import uk.nowrongdoor.directory.domain.CrisisLineRepository;
import uk.nowrongdoor.security.AppRoles;

/**
 * Admins keep the national crisis numbers right: every page's crisis block, the crisis dialog and the offline card
 * read them from here, and the listings that show a national line's number follow an admin's change (unless someone
 * changed that listing's number by hand). A row an admin changed is never overwritten by a later content release (see
 * ContentImporter).
 */
@Service
@Transactional
public class CrisisLineService {

    private final CrisisLineRepository lines;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CrisisLineService(CrisisLineRepository lines, Clock clock, ApplicationEventPublisher events) {
        this.lines = lines;
        this.clock = clock;
        this.events = events;
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<CrisisLine> all() {
        return lines.findAllByOrderByPositionAsc();
    }

    /** What an admin may change of a line; its id, order and slug stay. */
    public record Change(
            String name,
            String action,
            String dial,
            CrisisLine.Kind kind,
            @Nullable String smsBody,
            String description,
            @Nullable LocalDate verifiedOn) {}

    /** A change that cannot be saved, with the field it is about, so a screen can show it next to that field. */
    public static class InvalidChange extends UserFacingException {
        private final String field;

        InvalidChange(String field, String message) {
            super(message);
            this.field = field;
        }

        /** One of name, action, dial, smsBody, description, verifiedOn. */
        public String field() {
            return field;
        }
    }

    @RolesAllowed(AppRoles.ADMIN)
    public void change(long id, Change c) {
        var line = lines.findById(id).orElseThrow(() -> new UserFacingException("That crisis line no longer exists."));
        String dial = c.dial().replaceAll("\\s", "");
        require(!c.name().isBlank() && c.name().strip().length() <= 100, "name", "Enter a name of 1 to 100 characters");
        require(dial.matches("[0-9]{3,15}"), "dial", "Enter the number to dial or text, digits only, like 116123");
        require(
                !c.action().isBlank() && c.action().strip().length() <= 100,
                "action",
                "Enter what to do, like \"Call 116 123\", in at most 100 characters");
        require(
                c.action().replaceAll("\\D", "").contains(dial),
                "action",
                "Say the number in the words, as people will dial it: \"" + dial + "\" is not in them");
        String sms = c.smsBody() == null || c.smsBody().isBlank()
                ? null
                : c.smsBody().strip();
        require(
                sms == null || (c.kind() == CrisisLine.Kind.TEXT && sms.matches("[A-Za-z0-9 ]{1,40}")),
                "smsBody",
                "A text message word is only for a text line: letters and digits, at most 40");
        require(
                !c.description().isBlank() && c.description().strip().length() <= 300,
                "description",
                "Enter who it is for and when it is open, in at most 300 characters");
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        require(
                c.verifiedOn() != null && !c.verifiedOn().isAfter(today),
                "verifiedOn",
                "Enter the date someone last checked the number on the line's own website (not in the future)");
        line.revise(
                c.name().strip(),
                c.action().strip(),
                dial,
                c.kind(),
                sms,
                c.description().strip(),
                c.verifiedOn(),
                line.getPosition());
        // the national-line listings follow, unless someone changed a listing's number by hand
        events.publishEvent(new CrisisLineChanged(line.getSlug()));
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidChange(field, message);
        }
    }
}
