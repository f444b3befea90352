package uk.nowrongdoor.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.geo.domain.GeoDistance;
import uk.nowrongdoor.geo.domain.Postcode;
import uk.nowrongdoor.geo.service.Gazetteer;
import uk.nowrongdoor.geo.service.PostcodeDirectoryImport;
import uk.nowrongdoor.testsupport.GeoFixture;

@SpringBootTest
@ActiveProfiles("test")
class GazetteerTest {

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    PostcodeDirectoryImport postcodeImport;

    @Autowired
    GeoFixture fixture;

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void postcodes_parse_with_or_without_spaces_and_in_any_case() {
        assertThat(Postcode.parse(" cv1 2ab ")).contains(new Postcode("CV1", "2AB"));
        assertThat(Postcode.parse("CV12AB")).contains(new Postcode("CV1", "2AB"));
        assertThat(Postcode.parse("cv34")).contains(new Postcode("CV34", null));
        assertThat(Postcode.parse("SW1A 1AA").orElseThrow().area()).isEqualTo("SW");
        assertThat(Postcode.parse("hello")).isEmpty();
        assertThat(Postcode.parse("CV1 2A")).isEmpty();
        assertThat(Postcode.parse("")).isEmpty();
    }

    @Test
    void the_import_keeps_live_postcodes_of_the_partnership_areas_only() {
        var summary = fixture.importSample();
        // CV5 1AA, CV5 1AB, CV5 1AC, the PO box CV5 9ZZ, CV10 1AA and CV1 9AA; terminated, gridless, out-of-area and
        // malformed rows are skipped
        assertThat(summary.imported()).isEqualTo(6);
        assertThat(summary.skipped()).isEqualTo(4);
        assertThat(summary.districts()).isEqualTo(3);
    }

    @Test
    void a_full_postcode_resolves_to_its_own_point_once_imported() {
        fixture.importSample();
        var point = gazetteer.locate("cv51ab");
        assertThat(point.exact()).isTrue();
        assertThat(point.latitude()).isEqualTo(52.0);
        assertThat(point.longitude()).isEqualTo(-1.02);
        assertThat(point.outwardCode()).isEqualTo("CV5");
    }

    @Test
    void an_unknown_full_postcode_resolves_to_its_districts_centroid() {
        fixture.importSample();
        var point = gazetteer.locate("CV10 9XX");
        assertThat(point.exact()).isFalse();
        assertThat(point.latitude()).isEqualTo(52.05);
        assertThat(point.longitude()).isEqualTo(-1.0);
    }

    @Test
    void an_outward_code_resolves_to_the_mean_of_its_postcodes_leaving_out_large_users() {
        fixture.importSample();
        // the PO box CV5 9ZZ sits 20 km away on its delivery office: its own point, but not part of CV5's centroid
        var poBox = gazetteer.locate("CV5 9ZZ");
        assertThat(poBox.exact()).isTrue();
        assertThat(poBox.latitude()).isEqualTo(52.2);
        var point = gazetteer.locate("CV5");
        assertThat(point.exact()).isFalse();
        assertThat(point.latitude()).isCloseTo(52.004115, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(point.longitude()).isCloseTo(-1.014485, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void a_malformed_postcode_gets_a_clear_message() {
        assertThatThrownBy(() -> gazetteer.locate("not a postcode"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage(Gazetteer.MALFORMED);
    }

    @Test
    void an_unknown_district_gets_a_clear_message() {
        assertThatThrownBy(() -> gazetteer.locate("TR1 1AA"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("We don't know where TR1 1AA is yet");
    }

    @Test
    void distances_read_as_miles() {
        assertThat(GeoDistance.milesText(1931)).isEqualTo("1.2 miles");
        assertThat(GeoDistance.milesText(1609.344)).isEqualTo("1 mile");
        assertThat(GeoDistance.milesText(50)).isEqualTo("less than 0.1 miles");
        assertThat(GeoDistance.milesText(20_000)).isEqualTo("12 miles");
        // one degree of latitude is about 111 km
        assertThat(GeoDistance.metresBetween(52, -1, 53, -1)).isBetween(111_000.0, 111_400.0);
    }

    @Test
    void anonymous_callers_cannot_import_the_postcode_directory() {
        assertThatThrownBy(() -> postcodeImport.importPostcodeDirectory(csv("pcds,lat,long\n")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "PARTNER")
    void partners_cannot_import_the_postcode_directory() {
        assertThatThrownBy(() -> postcodeImport.importPostcodeDirectory(csv("pcds,lat,long\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void a_file_without_the_onspd_columns_is_refused_with_a_message() {
        assertThatThrownBy(() -> postcodeImport.importPostcodeDirectory(csv("postcode,x,y\nCV1 1AA,1,2\n")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("pcds, lat and long");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
