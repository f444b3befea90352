package uk.nowrongdoor.partner.service;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.directory.domain.ListingQuery;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.partner.PartnerFixtures;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.Staff;

/**
 * What the partner service tests share: organisations A and B with their listings ({@link PartnerFixtures}) made
 * before each test and removed after it, a partner of A signing in, and whether a search finds a listing.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class PartnerServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PartnerListingService partner;

    @Autowired
    ModerationService moderation;

    @Autowired
    ListingRepository listings;

    PartnerFixtures f;

    @BeforeEach
    void makeFixtures() {
        f = new PartnerFixtures(context);
    }

    @AfterEach
    void removeFixtures() {
        Staff.signOut();
        f.cleanUp();
    }

    void signInAsPartnerOfA() {
        Staff.signIn(Staff.memberOf(AppRoles.PARTNER, f.orgA.getId()));
    }

    /** Whether the first 500 results of the query at that time include the listing. */
    boolean found(ListingQuery query, ZonedDateTime at, String slug) {
        return listings.search(query, at, 0, 500).listings().stream()
                .anyMatch(l -> l.getSlug().equals(slug));
    }
}
