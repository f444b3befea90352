package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The schemas every Open Referral answer is checked against (see src/test/resources/oruk/README.md): the UK profile's
 * own, and our stricter hand-written one. Format assertions are on for both (uuid, uri, email, date, date-time).
 */
final class OrukSchemas {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The UK profile's files, by their path under its {@code schema/} folder. */
    static final String SERVICE = "compiled/service.json";

    static final String SERVICE_LIST_ITEM = "compiled/service_list.json";
    static final String ORGANIZATION = "compiled/organization.json";
    static final String SERVICE_AT_LOCATION = "compiled/service_at_location.json";
    static final String SERVICE_AT_LOCATION_LIST_ITEM = "compiled/service_at_location_list.json";
    static final String TAXONOMY = "taxonomy.json";
    static final String TAXONOMY_TERM = "taxonomy_term.json";

    private static final JsonNode OURS = load();
    private static final Map<String, JsonSchema> CACHE = new HashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private OrukSchemas() {}

    private static JsonNode load() {
        try (InputStream in = OrukSchemas.class.getResourceAsStream("/oruk/oruk-3.0.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A definition of our own schema. */
    static synchronized JsonSchema schema(String definition) {
        return CACHE.computeIfAbsent(definition, d -> {
            assertThat(OURS.get("$defs").has(d)).as("schema definition " + d).isTrue();
            ObjectNode wrapper = OURS.deepCopy();
            wrapper.put("$ref", "#/$defs/" + d);
            return FACTORY.getSchema(wrapper, CONFIG);
        });
    }

    /** One of the UK profile's schema files. */
    static synchronized JsonSchema profile(String file) {
        return CACHE.computeIfAbsent(
                "profile:" + file,
                f -> FACTORY.getSchema(SchemaLocation.of("classpath:oruk/uk-profile/schema/" + file), CONFIG));
    }

    /** Parses the body and checks it against our schema's definition; fails with every error listed. */
    static JsonNode assertValid(String definition, String body) {
        JsonNode node = parse(body);
        assertThat(schema(definition).validate(node))
                .as(definition + " schema errors in " + body)
                .isEmpty();
        return node;
    }

    /** Checks one record against the UK profile's schema file and against our own definition. */
    static JsonNode assertRecord(String profileFile, String definition, String body) {
        JsonNode node = assertValid(definition, body);
        assertProfile(profileFile, node);
        return node;
    }

    /** Checks a page: the envelope and every item against our schema, and every item against the profile's file. */
    static JsonNode assertPage(String profileItemFile, String definition, String body) {
        JsonNode node = assertValid(definition + "_page", body);
        for (JsonNode item : node.get("contents")) {
            assertProfile(profileItemFile, item);
        }
        return node;
    }

    static void assertProfile(String profileFile, JsonNode node) {
        assertThat(profile(profileFile).validate(node))
                .as("UK profile " + profileFile + " errors in " + node)
                .isEmpty();
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
