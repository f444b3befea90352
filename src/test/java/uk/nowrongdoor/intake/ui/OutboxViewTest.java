package uk.nowrongdoor.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nowrongdoor.intake.domain.OutboxMessage;
import uk.nowrongdoor.intake.domain.OutboxMessageRepository;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.AbstractUiTest;

class OutboxViewTest extends AbstractUiTest {

    @Autowired
    OutboxMessageRepository outbox;

    @AfterEach
    void cleanUp() {
        outbox.deleteAll();
    }

    @Test
    void the_complaints_lead_reads_unsent_acknowledgements() {
        outbox.save(new OutboxMessage(
                "sam@example.com",
                "Subject",
                "Your reference is NWD-F-AAAA-BBBB.",
                OutboxMessage.NO_SMTP,
                Instant.now()));
        loginAs("lead", AppRoles.COMPLAINTS_LEAD);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively())
                .contains("To: sam@example.com", "NWD-F-AAAA-BBBB", "no mail server is configured");
    }

    @Test
    void an_admin_may_open_the_outbox() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_get(OutboxView.class).getElement().getTextRecursively()).contains("There are no unsent emails");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in() {
        UI.getCurrent().navigate("staff/outbox");
        _get(LoginView.class);
        assertThat(_find(OutboxView.class)).isEmpty();
    }

    @Test
    void a_partner_may_not_open_the_outbox() {
        loginAs("partner", AppRoles.PARTNER);
        // Karibu 2.5 reports the denied navigation as an error instead of rendering the error view, so the next lookup
        // fails
        UI.getCurrent().navigate("staff/outbox");
        assertThatThrownBy(() -> _find(OutboxView.class)).hasMessageContaining("AccessDenied");
    }
}
