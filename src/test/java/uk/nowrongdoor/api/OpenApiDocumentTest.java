package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;

/** The OpenAPI document we publish tells the truth about the controller: its paths and every parameter it reads. */
class OpenApiDocumentTest {

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/api/openreferral-openapi.json")) {
            return OrukSchemas.JSON.readTree(in);
        }
    }

    private static Set<String> parameters(JsonNode operation) {
        var names = new HashSet<String>();
        StreamSupport.stream(operation.path("parameters").spliterator(), false)
                .forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    @Test
    void every_path_the_controller_answers_is_documented() throws IOException {
        var paths = document().get("paths");
        var mapped = Arrays.stream(OpenReferralController.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GetMapping.class))
                .flatMap(m -> Arrays.stream(m.getAnnotation(GetMapping.class).value()))
                .filter(p -> !p.isEmpty() && !p.equals("/**") && !p.equals("/openapi.json"))
                .toList();
        assertThat(mapped).contains("/taxonomies/{id}", "/taxonomy_terms/{id}", "/service_at_locations/{id}");
        for (String path : mapped) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void every_parameter_the_api_reads_is_documented_and_the_search_lists_take_the_profiles() throws IOException {
        var paths = document().get("paths");
        var documented = new HashSet<String>();
        paths.forEach(path -> documented.addAll(parameters(path.get("get"))));
        assertThat(documented).containsAll(OpenReferralController.Params.KNOWN);
        for (String list : List.of("/services", "/service_at_locations")) {
            assertThat(parameters(paths.get(list).get("get")))
                    .as(list)
                    .contains(
                            "search",
                            "taxonomy_term_id",
                            "taxonomy_id",
                            "minimum_age",
                            "maximum_age",
                            "start_time",
                            "end_time",
                            "day",
                            "postcode",
                            "proximity",
                            "page",
                            "per_page");
        }
    }

    @Test
    void ids_are_documented_as_uuids() throws IOException {
        var service = document().get("components").get("schemas").get("service").get("properties");
        assertThat(service.get("id").get("format").asText()).isEqualTo("uuid");
        assertThat(service.get("organization_id").get("format").asText()).isEqualTo("uuid");
    }
}
