package uk.nowrongdoor.geo.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nowrongdoor.geo.domain.Postcode;

/** Meta-test of content/postcode-districts.csv: it parses, names its source, and every row is plausible. */
class PostcodeDistrictsFileTest {

    static final Path FILE = Path.of("content/postcode-districts.csv");
    static final Set<String> AREAS = Set.of("CV", "B", "LE", "OX", "GL", "NN", "WR");

    @Test
    void the_file_states_its_source_and_licence() throws IOException {
        String text = Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(text).contains("Office for National Statistics").contains("Open Government Licence");
    }

    @Test
    void every_row_is_a_district_of_the_partnership_or_its_neighbours_inside_the_midlands() throws IOException {
        var seen = new HashSet<String>();
        try (var reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            var parser = GazetteerLoader.FORMAT.parse(reader);
            assertThat(parser.getHeaderNames()).containsExactly("outward_code", "latitude", "longitude");
            for (var row : parser) {
                var postcode = Postcode.parse(row.get("outward_code")).orElseThrow();
                assertThat(postcode.isFull()).as(row.toString()).isFalse();
                assertThat(AREAS).as(row.toString()).contains(postcode.area());
                assertThat(seen.add(postcode.outward()))
                        .as("duplicate " + postcode.outward())
                        .isTrue();
                // a box around the West Midlands and its neighbours: catches swapped or mistyped coordinates
                assertThat(Double.parseDouble(row.get("latitude")))
                        .as(row.toString())
                        .isBetween(51.5, 53.0);
                assertThat(Double.parseDouble(row.get("longitude")))
                        .as(row.toString())
                        .isBetween(-2.7, -0.5);
            }
        }
    }
}
