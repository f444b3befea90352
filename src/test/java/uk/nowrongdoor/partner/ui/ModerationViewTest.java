package uk.nowrongdoor.partner.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.partner.domain.FieldChange;
import uk.nowrongdoor.partner.domain.ListingField;
import uk.nowrongdoor.partner.domain.ListingRevision;
import uk.nowrongdoor.partner.domain.ListingRevisionRepository;
import uk.nowrongdoor.partner.domain.OrganisationTrustRepository;
import uk.nowrongdoor.partner.domain.RevisionStatus;
import uk.nowrongdoor.partner.service.PartnerListingService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.StaffPrincipal;
import uk.nowrongdoor.security.ui.LoginView;
import uk.nowrongdoor.testsupport.Staff;

class ModerationViewTest extends PartnerUiTest {

    private StaffPrincipal editor;

    @BeforeEach
    void proposeAChange() {
        editor = Staff.memberOf(AppRoles.PARTNER, f.orgA.getId());
        Staff.signIn(editor);
        context.getBean(PartnerListingService.class)
                .proposeChanges(f.cafeA.getId(), Map.of(ListingField.COST, "£2 for a hot drink"));
        Staff.signOut();
    }

    private String pageText() {
        return _get(ModerationView.class).getElement().getTextRecursively();
    }

    @Test
    void an_admin_sees_the_change_field_by_field_and_approves_it() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(pageText())
                .contains("Vornish Alpha Crisis Café", "Cost", "Now: (not given)", "New: £2 for a hot drink");
        _click(_get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Approve the change to Vornish Alpha " + "Crisis Café")));
        assertThat(f.reload(f.cafeA).getCost()).isEqualTo("£2 for a hot drink");
        assertThat(pageText()).doesNotContain("New: £2 for a hot drink");
        assertThat(f.mailTo(editor.email())).singleElement().satisfies(m -> assertThat(m.getSubject())
                .isEqualTo("Your change to a listing is published"));
    }

    @Test
    void rejecting_without_a_reason_is_refused_next_to_the_field() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        var reject = _get(
                Button.class,
                spec -> spec.withAttribute("aria-label", "Reject the change to Vornish " + "Alpha Crisis Café"));
        _click(reject);
        var reasons = _find(TextArea.class, spec -> spec.withLabel("Reason (needed to reject)"));
        assertThat(reasons).anySatisfy(r -> assertThat(r.isInvalid()).isTrue());
        assertThat(pageText()).contains("New: £2 for a hot drink");

        var reason = reasons.stream().filter(TextArea::isInvalid).findFirst().orElseThrow();
        _setValue(reason, "Crisis cafés are free");
        _click(reject);
        assertThat(pageText()).doesNotContain("New: £2 for a hot drink");
        assertThat(f.mailTo(editor.email())).singleElement().satisfies(m -> assertThat(m.getBody())
                .contains("Crisis cafés are free"));
    }

    @Test
    void an_admin_marks_an_organisation_trusted() {
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Vornish Beta Trust is trusted")), true);
        assertThat(context.getBean(OrganisationTrustRepository.class).findByOrganisationId(f.orgB.getId()))
                .hasValueSatisfying(t -> assertThat(t.isTrusted()).isTrue());
    }

    @Test
    void a_change_from_the_feed_import_says_where_it_came_from_and_mails_no_partner() {
        var revisions = context.getBean(ListingRevisionRepository.class);
        var fromFeed = revisions.save(new ListingRevision(
                        f.cafeA,
                        List.of(new FieldChange(ListingField.EMAIL, "", "cafe@example.org")),
                        0L,
                        "admin@example.org",
                        Instant.now())
                .fromImport("the uploaded file council-feed.json"));
        loginAs("admin", AppRoles.ADMIN);
        UI.getCurrent().navigate(ModerationView.class);
        assertThat(pageText())
                .contains("from the Open Referral feed import (the uploaded file council-feed.json)")
                .contains("New: cafe@example.org");

        _click(_find(
                        Button.class,
                        spec -> spec.withAttribute("aria-label", "Approve the change to Vornish Alpha Crisis Café"))
                .get(1));

        assertThat(revisions.findById(fromFeed.getId()).orElseThrow().getStatus())
                .isEqualTo(RevisionStatus.APPROVED);
        assertThat(f.reload(f.cafeA).getEmail()).isEqualTo("cafe@example.org");
        assertThat(f.mailTo("admin@example.org")).isEmpty();
    }

    @Test
    void a_partner_may_not_open_moderation() {
        loginAs(editor);
        UI.getCurrent().navigate("admin/moderation");
        assertThatThrownBy(() -> _find(ModerationView.class)).hasMessageContaining("AccessDenied");
    }

    @Test
    void anonymous_visitors_are_sent_to_sign_in_from_moderation() {
        UI.getCurrent().navigate("admin/moderation");
        _get(LoginView.class);
    }
}
