package org.openiro.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overlay completes the generated document, and can describe nothing the code does not have. */
class OpenApiDocumentTest {

    private static Map<String, Object> generated() {
        Map<String, Object> body = map("application/json", map("schema", map("$ref", "#/components/schemas/View")));
        Map<String, Object> post = map("operationId", "create", "responses",
                map("200", map("description", "create 200 response", "content", body)),
                "parameters", List.of(map("name", "page", "in", "query", "required", true,
                        "schema", map("type", "integer", "default", 0))));
        return map("paths", map("/api/authorities/{authority}/things", map("post", post)),
                "components", map("schemas", map("View", map("type", "object",
                        "properties", map("id", map("type", "string"), "answers", map("type", "object",
                                "additionalProperties", map("type", "object")))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_status_the_overlay_names_replaces_the_generated_one_and_keeps_its_body() {
        Map<String, Object> overlay = map("paths", map("/api/authorities/{authority}/things", map("post",
                map("summary", "Make a thing", "responses", map("201", map("description", "Made"))))));

        Map<String, Object> document = OpenApiDocument.complete(generated(), overlay);

        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document
                .get("paths")).get("/api/authorities/{authority}/things")).get("post");
        Map<String, Object> responses = (Map<String, Object>) post.get("responses");
        assertThat(post.get("summary")).isEqualTo("Make a thing");
        assertThat(responses).doesNotContainKey("200").containsKeys("201", "400", "401", "403", "404", "409");
        assertThat(((Map<String, Object>) responses.get("201")).get("content"))
                .isEqualTo(map("application/json", map("schema", map("$ref", "#/components/schemas/View"))));
        assertThat(post.get("tags")).isEqualTo(List.of("things"));
        Map<String, Object> page = ((List<Map<String, Object>>) post.get("parameters")).get(0);
        assertThat(page.get("required")).as("a parameter with a default is optional").isEqualTo(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_reference_the_overlay_gives_replaces_the_generated_schema_where_a_description_merges() {
        Map<String, Object> overlay = map("components", map("schemas", map("View", map("properties", map(
                "answers", map("additionalProperties", map("$ref", "#/components/schemas/Answer")),
                "id", map("description", "The thing's id"))))));

        Map<String, Object> document = OpenApiDocument.complete(generated(), overlay);

        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) document.get("components")).get("schemas")).get("View")).get("properties");
        assertThat(properties.get("answers")).as("a Map<String, Object>'s values, typed object by the generator")
                .isEqualTo(map("type", "object", "additionalProperties", map("$ref", "#/components/schemas/Answer")));
        assertThat(properties.get("id")).isEqualTo(map("type", "string", "description", "The thing's id"));
    }

    @Test
    void the_overlay_cannot_describe_a_route_or_a_field_the_code_lacks() {
        assertThatThrownBy(() -> OpenApiDocument.complete(generated(),
                map("paths", map("/api/authorities/{authority}/gone", map("get", map("summary", "x"))))))
                .hasMessageContaining("/api/authorities/{authority}/gone");
        assertThatThrownBy(() -> OpenApiDocument.complete(generated(),
                map("paths", map("/api/authorities/{authority}/things", map("delete", map("summary", "x"))))))
                .hasMessageContaining("DELETE");
        assertThatThrownBy(() -> OpenApiDocument.complete(generated(), map("components", map("schemas",
                map("View", map("properties", map("name", map("description", "x"))))))))
                .hasMessageContaining("View.name");
    }

    @Test
    void the_served_document_is_complete_and_the_overlay_fits_the_code() {
        String yaml = new OpenApiDocument().yaml();

        assertThat(yaml).contains("/api/authorities/{authority}/children/{childId}/reviews:")
                .contains("Problem404").contains("bearerFormat: JWT");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
