package uk.nowrongdoor.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.service.DirectoryService;
import uk.nowrongdoor.directory.service.OpenDataService;
import uk.nowrongdoor.partner.domain.RevisionKind;
import uk.nowrongdoor.partner.service.PartnerViews.NewListingRequest;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/** A partner adds a listing or asks for one to be withdrawn; an admin decides either way. */
class ListingRequestsServiceTest extends PartnerServiceTest {

    @Autowired
    DirectoryService directory;

    @Autowired
    OpenDataService openData;

    private boolean found(String words, String slug) {
        return found(ListingQuery.text(words), ZonedDateTime.now(Application.LONDON), slug);
    }

    private PartnerViews.PendingRevision pendingFor(Long listingId) {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        return moderation.pending().stream()
                .filter(p -> p.listingId().equals(listingId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_listing_is_hidden_until_an_admin_approves_it_even_from_a_trusted_organisation() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        moderation.setTrusted(f.orgA.getId(), true);
        signInAsPartnerOfA();
        Long id = partner.addListing(new NewListingRequest(
                f.orgA.getId(), "Vornish Walk and Talk", "A weekly walking group", null, "024 7696 0001", null, null));
        f.track(id);
        String slug = listings.findById(id).orElseThrow().getSlug();
        assertThat(slug).isEqualTo("vornish-walk-and-talk");
        assertThat(directory.findListing(slug)).isEmpty();
        assertThat(found("vornish walk", slug)).isFalse();
        assertThat(partner.myListings())
                .filteredOn(m -> m.id().equals(id))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.publicNow()).isFalse();
                    assertThat(m.visibility()).startsWith("New listing: not public");
                });

        var pending = pendingFor(id);
        assertThat(pending.kind()).isEqualTo(RevisionKind.NEW_LISTING);
        assertThat(pending.changes())
                .extracting(
                        PartnerViews.ChangeRow::field, PartnerViews.ChangeRow::before, PartnerViews.ChangeRow::after)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Name", "(not given)", "Vornish Walk and Talk"),
                        org.assertj.core.groups.Tuple.tuple("Phone", "(not given)", "024 7696 0001"));
        moderation.approve(pending.id());

        assertThat(directory.findListing(slug)).isPresent();
        assertThat(found("vornish walk", slug)).isTrue();
    }

    @Test
    void a_withdrawal_reaches_the_admins_and_approval_hides_the_listing_from_search_its_page_and_the_api() {
        signInAsPartnerOfA();
        partner.requestWithdrawal(f.cafeA.getId(), "The café closed in October");
        assertThatThrownBy(() -> partner.requestWithdrawal(f.cafeA.getId(), null))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already asked");
        assertThat(directory.findListing("vornish-cafe-a"))
                .as("public until decided")
                .isPresent();

        var pending = pendingFor(f.cafeA.getId());
        assertThat(pending.kind()).isEqualTo(RevisionKind.WITHDRAWAL);
        assertThat(pending.partnerNote()).isEqualTo("The café closed in October");
        moderation.approve(pending.id());

        var withdrawn = f.reload(f.cafeA);
        assertThat(withdrawn.getStatus()).isEqualTo(ListingStatus.DEFUNCT);
        assertThat(directory.findListing("vornish-cafe-a")).isEmpty();
        assertThat(openData.findListing(withdrawn.getUuid())).isEmpty();
        assertThat(found("vornish alpha", "vornish-cafe-a")).isFalse();
        assertThat(found("vornish beta", "vornish-cafe-b")).isTrue();
    }

    @Test
    void a_rejected_new_listing_stays_out_of_the_directory() {
        signInAsPartnerOfA();
        Long id = partner.addListing(
                new NewListingRequest(f.orgA.getId(), "Vornish Drop-in", "Drop in for a chat", null, null, null, null));
        f.track(id);
        var pending = pendingFor(id);
        moderation.reject(pending.id(), "Please add it under your existing café listing");
        assertThat(listings.findById(id).orElseThrow().getStatus()).isEqualTo(ListingStatus.DEFUNCT);
    }

    @Test
    void partner_cannot_add_a_listing_for_another_organisation_or_withdraw_its_listing() {
        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.addListing(
                        new NewListingRequest(f.orgB.getId(), "Vornish Impostor", "Not ours", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partner.requestWithdrawal(f.cafeB.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(listings.findBySlug("vornish-impostor")).isEmpty();
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(moderation.pending()).noneMatch(p -> p.listingId().equals(f.cafeB.getId()));
    }

    @Test
    void a_new_listing_needs_a_name_and_a_summary() {
        signInAsPartnerOfA();
        assertThatThrownBy(() -> partner.addListing(
                        new NewListingRequest(f.orgA.getId(), " ", "Summary", null, null, null, null)))
                .hasMessage("Enter the name of the service");
        assertThatThrownBy(() -> partner.addListing(
                        new NewListingRequest(f.orgA.getId(), "Vornish Nameonly", "", null, null, null, null)))
                .hasMessage("Enter a summary");
        assertThat(listings.findBySlug("vornish-nameonly")).isEmpty();
    }
}
