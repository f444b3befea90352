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

    /** The districts of Coventry and Warwickshire (the CV area) and those of the neighbouring areas that border it. */
    static final Set<String> REQUIRED = Set.of(
            "CV1", "CV2", "CV3", "CV4", "CV5", "CV6", "CV7", "CV8", "CV9", "CV10", "CV11", "CV12", "CV13", "CV21",
            "CV22", "CV23", "CV31", "CV32", "CV33", "CV34", "CV35", "CV36", "CV37", "CV47", "B46", "B49", "B50", "B78",
            "B80", "B93", "B94", "B95", "LE10", "LE17", "NN11", "OX15", "OX16", "OX17", "GL55", "GL56", "WR11");

    static java.util.Map<String, double[]> rows() throws IOException {
        var rows = new java.util.HashMap<String, double[]>();
        try (var reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
            for (var row : GazetteerLoader.FORMAT.parse(reader)) {
                rows.put(row.get("outward_code"), new double[] {
                    Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude"))
                });
            }
        }
        return rows;
    }

    @Test
    void every_district_of_the_partnership_and_the_bordering_ones_has_a_centroid() throws IOException {
        assertThat(rows().keySet()).containsAll(REQUIRED);
    }

    @Test
    void the_centroids_sit_where_the_towns_are_relative_to_each_other() throws IOException {
        var rows = rows();
        double[] coventry = rows.get("CV1");
        // Nuneaton (CV11) is north of Coventry, Rugby (CV21) east, Warwick (CV34) south, Stratford (CV37) south-west
        assertThat(rows.get("CV11")[0]).isGreaterThan(coventry[0] + 0.05);
        assertThat(rows.get("CV21")[1]).isGreaterThan(coventry[1] + 0.1);
        assertThat(rows.get("CV34")[0]).isLessThan(coventry[0] - 0.05);
        assertThat(rows.get("CV37")[0]).isLessThan(rows.get("CV34")[0]);
        assertThat(rows.get("CV37")[1]).isLessThan(rows.get("CV34")[1]);
        // Banbury (OX16) is south of Stratford; Hinckley (LE10) north-east of Nuneaton
        assertThat(rows.get("OX16")[0]).isLessThan(rows.get("CV37")[0]);
        assertThat(rows.get("LE10")[0]).isGreaterThan(rows.get("CV11")[0] - 0.02);
        assertThat(rows.get("LE10")[1]).isGreaterThan(rows.get("CV11")[1]);
        // every centroid is within 70 km of Coventry's: a mistyped digit in a degree would throw one far off
        for (var entry : rows.entrySet()) {
            double metres = uk.nowrongdoor.geo.domain.GeoDistance.metresBetween(
                    coventry[0], coventry[1], entry.getValue()[0], entry.getValue()[1]);
            assertThat(metres).as(entry.getKey()).isLessThan(70_000);
        }
    }
}
