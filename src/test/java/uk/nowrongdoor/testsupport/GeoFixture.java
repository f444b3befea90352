package uk.nowrongdoor.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.Organisation;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.geo.domain.PostcodeDistrict;
import uk.nowrongdoor.geo.domain.PostcodeDistrictRepository;
import uk.nowrongdoor.geo.domain.PostcodePointRepository;
import uk.nowrongdoor.geo.service.GazetteerLoader;
import uk.nowrongdoor.geo.service.PostcodeDirectoryImport;
import uk.nowrongdoor.security.AppRoles;

/**
 * Synthetic gazetteer points (see src/test/resources/geo/README.md) and three listings placed by postcode: "Near
 * One" at CV5 1AA (52.0, -1.0), "Hidden Refuge" (sensitive) at CV5 1AC, and "Far Two" at CV10 9XX, which is not in the
 * directory and so sits on the CV10 district's centroid (52.05, -1.0).
 */
@Component
public class GeoFixture {

    public static final String ORGANISATION = "geo-test-organisation";
    public static final String NEAR = "geo-test-near-one";
    public static final String HIDDEN = "geo-test-hidden-refuge";
    public static final String FAR = "geo-test-far-two";

    private final PostcodeDirectoryImport postcodeImport;
    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final PostcodePointRepository points;
    private final PostcodeDistrictRepository districts;
    private final TransactionTemplate transactions;
    private final SecurityContextHolderStrategy security;
    private final GazetteerLoader shipped;

    GeoFixture(
            PostcodeDirectoryImport postcodeImport,
            ListingRepository listings,
            OrganisationRepository organisations,
            PostcodePointRepository points,
            PostcodeDistrictRepository districts,
            TransactionTemplate transactions,
            ObjectProvider<SecurityContextHolderStrategy> security,
            GazetteerLoader shipped) {
        this.shipped = shipped;
        this.postcodeImport = postcodeImport;
        this.listings = listings;
        this.organisations = organisations;
        this.points = points;
        this.districts = districts;
        this.transactions = transactions;
        // this context's strategy: the global holder may belong to another test context
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public PostcodeDirectoryImport.Summary importSample() {
        var previous = security.getContext().getAuthentication();
        security.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "fixture-admin", null, List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.ADMIN))));
        try (var in = new ClassPathResource("geo/onspd-sample.csv").getInputStream()) {
            return postcodeImport.importPostcodeDirectory(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            security.getContext().setAuthentication(previous);
        }
    }

    /** The three listings, then the sample import that places them. */
    public void createListingsAndImport() {
        transactions.executeWithoutResult(status -> {
            var organisation = organisations.save(new Organisation(ORGANISATION, "Geo Test Organisation"));
            listing(organisation, NEAR, "Near One", "CV5 1AA", false);
            listing(organisation, HIDDEN, "Hidden Refuge", "CV5 1AC", true);
            listing(organisation, FAR, "Far Two", "CV10 9XX", false);
        });
        importSample();
    }

    private void listing(Organisation organisation, String slug, String name, String postcode, boolean sensitive) {
        var listing = new Listing(slug, organisation, name, name + " summary");
        var location = listing.addLocation();
        location.setName(name + " venue");
        location.setAddress("1 Test Street, Testtown");
        location.setPostcode(postcode);
        location.setSensitive(sensitive);
        listing.setUpdatedAt(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        listings.save(listing);
    }

    public void cleanUp() {
        transactions.executeWithoutResult(status -> {
            organisations.findBySlug(ORGANISATION).ifPresent(o -> {
                listings.deleteAll(listings.findByOrganisationOrderByNameAsc(o));
                listings.flush();
                organisations.delete(o);
            });
            points.deleteAllInBatch();
            // the sample's synthetic centroids go; the centroids shipped in content/ come back
            districts.deleteAll(districts.findAll().stream()
                    .filter(d -> d.getSource() == PostcodeDistrict.Source.ONSPD)
                    .toList());
        });
        try {
            // the shipped centroids come back, and with them the seeded locations' points
            shipped.loadShippedDistricts();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
