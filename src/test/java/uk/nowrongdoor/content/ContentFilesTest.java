package uk.nowrongdoor.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file in content/ parses and names only known categories and places; a typo fails the build. */
class ContentFilesTest {

    private final ContentFiles files = new ContentFiles("file:content/");

    @Test
    void every_content_file_parses_and_names_known_categories_and_places() {
        assertThat(files.problems()).isEmpty();
    }

    @Test
    void every_directory_file_is_read() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("content/directory"))) {
            long yaml = paths.filter(p -> p.toString().endsWith(".yaml")).count();
            assertThat(files.read().directory()).hasSize((int) yaml);
        }
    }

    @Test
    void crisis_lines_have_the_four_national_numbers_each_with_a_verified_date() {
        var lines = files.read().crisisLines();
        assertThat(lines).extracting(ContentSet.CrisisLineEntry::dial).containsExactly("999", "111", "116123", "85258");
        assertThat(lines).allSatisfy(l -> assertThat(l.verifiedOn()).isNotNull());
    }

    @Test
    void every_content_page_starts_with_a_title() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("content/pages"))) {
            pages.forEach(page -> {
                try {
                    assertThat(Files.readString(page)).as(page.toString()).startsWith("# ");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void a_listing_with_an_unknown_category_is_reported_by_file_and_id(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: A test
                    categories: [no-such-category]
                    places: [rugby]
                """);
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .containsExactly("directory/test-org.yaml, listing test-listing: unknown category no-such-category");
    }

    @Test
    void a_misspelt_field_is_reported_rather_than_ignored(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: A test
                    categories: [carers]
                    places: [rugby]
                    phnoe: "0123"
                """);
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .singleElement()
                .asString()
                .startsWith("directory/test-org.yaml")
                .contains("phnoe");
    }

    @Test
    void a_malformed_postcode_district_or_one_on_a_category_is_reported(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: A test
                    categories: [carers]
                    places: [rugby]
                """);
        Files.writeString(
                dir.resolve("places.yaml"),
                Files.readString(dir.resolve("places.yaml"))
                        .replace("postcodeDistrict: CV21}", "postcodeDistrict: Rugby}"));
        Files.writeString(
                dir.resolve("categories.yaml"),
                Files.readString(dir.resolve("categories.yaml"))
                        + "- {slug: test-category, name: Test, postcodeDistrict: CV1}\n");
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .containsExactlyInAnyOrder(
                        "places.yaml: rugby: postcodeDistrict Rugby is not the first part of a postcode, like CV11",
                        "categories.yaml: test-category: only a place has a postcode district");
    }

    @Test
    void every_search_concept_has_a_source_and_names_known_categories_and_words_some_listing_uses() throws IOException {
        var content = files.read();
        var categories = ContentSet.TreeNode.all(content.categories())
                .map(ContentSet.TreeNode::slug)
                .collect(java.util.stream.Collectors.toSet());
        String listingText = content.directory().stream()
                .flatMap(f -> f.listings().stream())
                .map(l -> l.name() + " " + l.summary() + " " + l.description() + " " + f(l.categories()))
                .collect(java.util.stream.Collectors.joining(" "))
                .toLowerCase(java.util.Locale.UK);
        var problems = new java.util.ArrayList<String>();
        for (String line : dataLines("src/main/resources/search/concepts.txt")) {
            if (!line.contains("=>")
                    || !line.contains("#")
                    || line.substring(line.indexOf('#') + 1).isBlank()) {
                problems.add("no phrases => targets # source: " + line);
                continue;
            }
            String targets =
                    line.substring(line.indexOf("=>") + 2, line.indexOf('#')).strip();
            for (String target : targets.split("\\s+")) {
                if (target.startsWith("+")) {
                    if (!listingText.matches("(?s).*\\b" + java.util.regex.Pattern.quote(target.substring(1)) + ".*")) {
                        problems.add("no listing uses the word " + target.substring(1) + ": " + line);
                    }
                } else if (!categories.contains(target)) {
                    problems.add("unknown category " + target + ": " + line);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void every_common_place_name_has_a_source_and_names_a_known_place() throws IOException {
        var places = ContentSet.TreeNode.all(files.read().places())
                .map(ContentSet.TreeNode::slug)
                .collect(java.util.stream.Collectors.toSet());
        for (String line : dataLines("src/main/resources/search/place-names.txt")) {
            assertThat(line).as("forms => place # source").contains("=>").contains("#");
            String slug =
                    line.substring(line.indexOf("=>") + 2, line.indexOf('#')).strip();
            assertThat(places).as(line).contains(slug);
        }
    }

    private static String f(java.util.List<String> categories) {
        return String.join(" ", categories);
    }

    private static java.util.List<String> dataLines(String path) throws IOException {
        return Files.readAllLines(Path.of(path)).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @Test
    void an_organisation_file_that_repeats_a_national_crisis_number_is_reported(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: Call us, or Samaritans on 116 123.
                    categories: [talk-now]
                    places: [rugby]
                    text: "85258"
                """);
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .containsExactlyInAnyOrder(
                        "directory/test-org.yaml, listing test-listing: repeats the national line shout (85258):"
                                + " say crisisLine: shout instead",
                        "directory/test-org.yaml, listing test-listing: writes the national number of samaritans in"
                                + " its words: crisis-lines.yaml is the only place for it");
    }

    @Test
    void a_listing_naming_a_crisis_line_must_name_a_known_one_and_give_no_number_of_its_own(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: A test
                    categories: [talk-now]
                    places: [rugby]
                    crisisLine: no-such-line
                    phone: "01234 567890"
                """);
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .containsExactlyInAnyOrder(
                        "directory/test-org.yaml, listing test-listing: unknown crisis line no-such-line",
                        "directory/test-org.yaml, listing test-listing: names crisisLine no-such-line, which gives"
                                + " its number: leave phone and text out");
    }

    @Test
    void a_place_to_visit_without_an_address_is_reported_but_a_team_base_without_one_is_not(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        writeWithOneOrganisation(
                dir,
                """
                organisation: {id: test-org, name: Test}
                listings:
                  - id: test-listing
                    name: Test listing
                    summary: A test
                    categories: [carers]
                    places: [rugby]
                    locations:
                      - name: Somewhere House
                        place: rugby
                      - name: The team's office
                        type: TEAM_BASE
                        place: rugby
                """);
        assertThat(new ContentFiles(dir.toUri().toString()).problems())
                .containsExactly("directory/test-org.yaml, listing test-listing: location Somewhere House is a place"
                        + " to visit but has no address: give the address its source names, or say type: TEAM_BASE,"
                        + " POSTAL or ONLINE");
    }

    /** A copy of the real trees and crisis lines, with one directory file of the test's own. */
    private static void writeWithOneOrganisation(Path dir, String directoryFile) throws IOException {
        for (String name : new String[] {"categories.yaml", "places.yaml", "crisis-lines.yaml"}) {
            Files.copy(Path.of("content", name), dir.resolve(name));
        }
        Files.createDirectories(dir.resolve("directory"));
        Files.writeString(dir.resolve("directory/test-org.yaml"), directoryFile);
    }
}
