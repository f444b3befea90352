package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The ORUK 3.0 JSON schemas in src/test/resources/oruk, one per definition, and a validating assertion. */
final class OrukSchemas {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode ROOT = load();
    private static final Map<String, JsonSchema> CACHE = new HashMap<>();

    private OrukSchemas() {}

    private static JsonNode load() {
        try (InputStream in = OrukSchemas.class.getResourceAsStream("/oruk/oruk-3.0.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized JsonSchema schema(String definition) {
        return CACHE.computeIfAbsent(definition, d -> {
            assertThat(ROOT.get("$defs").has(d)).as("schema definition " + d).isTrue();
            ObjectNode wrapper = ROOT.deepCopy();
            wrapper.put("$ref", "#/$defs/" + d);
            var config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(wrapper, config);
        });
    }

    /** Parses the body and fails with every schema error listed. */
    static JsonNode assertValid(String definition, String body) {
        try {
            JsonNode node = JSON.readTree(body);
            var errors = schema(definition).validate(node);
            assertThat(errors).as(definition + " schema errors in " + body).isEmpty();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
