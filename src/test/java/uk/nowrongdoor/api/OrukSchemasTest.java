package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The UK profile's schemas really check formats and required fields: the contract tests would catch a slug id. */
class OrukSchemasTest {

    private static final String ID = "ac148810-d857-441c-9679-408f346de14b";

    private static JsonNode json(String text) {
        return OrukSchemas.parse(text.replace('\'', '"'));
    }

    private static int errors(String file, String text) {
        return OrukSchemas.profile(file).validate(json(text)).size();
    }

    @Test
    void a_minimal_service_with_uuid_ids_passes() {
        assertThat(errors(OrukSchemas.SERVICE, "{'id': '" + ID + "', 'name': 'A', 'status': 'active'}"))
                .isZero();
    }

    @Test
    void a_slug_id_fails_the_uuid_format_in_records_and_nested_records() {
        assertThat(errors(OrukSchemas.SERVICE, "{'id': 'cw-mind', 'name': 'A', 'status': 'active'}"))
                .isOne();
        assertThat(errors(
                        OrukSchemas.SERVICE,
                        "{'id': '" + ID + "', 'name': 'A', 'status': 'active', 'schedules': [{'id': 's-1'}]}"))
                .isOne();
        assertThat(errors(OrukSchemas.TAXONOMY_TERM, "{'id': 'crisis', 'taxonomy': 'Ours'}"))
                .isOne();
    }

    @Test
    void uri_email_date_time_and_required_fields_are_checked() {
        String service = "{'id': '" + ID + "', 'name': 'A', 'status': 'active', ";
        assertThat(errors(OrukSchemas.SERVICE, service + "'url': 'not a uri'}")).isOne();
        assertThat(errors(OrukSchemas.SERVICE, service + "'email': 'nobody'}")).isOne();
        assertThat(errors(OrukSchemas.SERVICE, service + "'last_modified': '29/11/2026'}"))
                .isOne();
        assertThat(errors(OrukSchemas.SERVICE, service + "'status2': 'x', 'last_modified': '2026-11-29T19:30:00Z'}"))
                .isZero();
        assertThat(errors(OrukSchemas.SERVICE_LIST_ITEM, "{'id': '" + ID + "', 'name': 'A', 'status': 'active'}"))
                .as("the list schema still requires url")
                .isOne();
        assertThat(errors(OrukSchemas.TAXONOMY, "{'id': '" + ID + "', 'name': 'A'}"))
                .isOne();
    }

    @Test
    void the_taxonomy_schema_reaches_the_term_schema_it_refers_to() {
        String taxonomy = "{'id': '" + ID + "', 'name': 'A', 'description': 'B', 'taxonomy_terms': [%s]}";
        assertThat(errors(OrukSchemas.TAXONOMY, taxonomy.formatted("{'id': '" + ID + "', 'taxonomy': 'A'}")))
                .isZero();
        assertThat(errors(OrukSchemas.TAXONOMY, taxonomy.formatted("{'id': 'x', 'taxonomy': 'A'}")))
                .isOne();
    }
}
