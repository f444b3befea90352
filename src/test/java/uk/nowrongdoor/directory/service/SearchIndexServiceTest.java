package uk.nowrongdoor.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.security.AppRoles;

@SpringBootTest
@ActiveProfiles("test")
class SearchIndexServiceTest {

    @Autowired
    SearchIndexService service;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ListingRepository listings;

    @Autowired
    JdbcTemplate jdbc;

    private void purgeIndex() {
        Search.mapping(entityManagerFactory).scope(Listing.class).workspace().purge();
        Search.mapping(entityManagerFactory).scope(Listing.class).workspace().refresh();
    }

    @Test
    void the_index_is_checked_and_recorded_on_start_so_a_healthy_index_needs_nothing() {
        assertThat(service.check()).isEqualTo(SearchIndexService.Health.OK);
        assertThat(service.indexedCount()).isEqualTo(listings.count()).isPositive();
    }

    @Test
    void an_empty_index_is_found_on_start_and_rebuilt_with_every_listing() {
        purgeIndex();
        assertThat(service.indexedCount()).isZero();
        assertThat(service.check()).isEqualTo(SearchIndexService.Health.MISSING_OR_INCOMPLETE);

        service.checkOnStart();

        assertThat(service.indexedCount()).isEqualTo(listings.count());
        assertThat(service.check()).isEqualTo(SearchIndexService.Health.OK);
    }

    @Test
    void an_index_built_from_another_mapping_is_rebuilt_on_start() {
        jdbc.update("update search_index_state set fingerprint = 'built-by-an-older-release' where name = 'listing'");
        assertThat(service.check()).isEqualTo(SearchIndexService.Health.MAPPING_CHANGED);

        service.checkOnStart();

        assertThat(service.check()).isEqualTo(SearchIndexService.Health.OK);
        assertThat(jdbc.queryForObject(
                        "select fingerprint from search_index_state where name = 'listing'", String.class))
                .isEqualTo(service.fingerprint());
    }

    @Test
    @WithMockUser(roles = AppRoles.ADMIN)
    void an_admin_rebuilds_the_index_in_the_background() throws Exception {
        purgeIndex();

        long indexed = service.rebuildSearchIndex().get(60, TimeUnit.SECONDS);

        assertThat(indexed).isEqualTo(listings.count());
        assertThat(service.indexedCount()).isEqualTo(indexed);
        assertThat(service.isRebuilding()).isFalse();
    }

    @Test
    @WithMockUser(roles = AppRoles.PARTNER)
    void a_partner_may_not_rebuild_the_index() {
        assertThatThrownBy(() -> service.rebuildSearchIndex()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_may_rebuild_the_index() {
        assertThatThrownBy(() -> service.rebuildSearchIndex())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
