package org.openiro.app.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks JSON against the schemas of an OpenAPI 3.0 or AsyncAPI document, as JSON Schema 2020-12: references to the
 * document's own schemas ({@code #/components/schemas/X}) become {@code $defs}, and OpenAPI 3.0's
 * {@code nullable: true} becomes "or null", which is what it means.
 */
public final class JsonSchemas {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Object> definitions;
    private final JsonMapper json;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public JsonSchemas(Map<String, Object> document, JsonMapper json) {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        this.definitions = (Map<String, Object>) toJsonSchema(components.getOrDefault("schemas", Map.of()));
        this.json = json;
    }

    /** What is wrong with {@code instance} (JSON text) for {@code schema} (a schema of the document); empty if nothing. */
    public List<String> problems(Map<String, Object> schema, String instance) {
        Schema validator = compiled.computeIfAbsent(write(schema), text -> {
            Map<String, Object> root = new LinkedHashMap<>((Map<String, Object>) toJsonSchema(schema));
            root.put("$defs", definitions);
            return REGISTRY.getSchema(write(root), InputFormat.JSON);
        });
        List<String> problems = new ArrayList<>();
        for (Error error : validator.validate(instance, InputFormat.JSON)) {
            problems.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return problems;
    }

    /** The schema named in the document's components. */
    public Map<String, Object> named(String name) {
        return Map.of("$ref", COMPONENTS + name);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object toJsonSchema(Object node) {
        if (node instanceof List<?> list) {
            return list.stream().map(JsonSchemas::toJsonSchema).toList();
        }
        if (!(node instanceof Map<?, ?> map)) {
            return node;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((key, value) -> {
            if (key.equals("$ref") && value instanceof String ref && ref.startsWith(COMPONENTS)) {
                out.put(key, "#/$defs/" + ref.substring(COMPONENTS.length()));
            } else if (!key.equals("nullable") && !key.equals("example") && !key.equals("examples")) {
                out.put(key, toJsonSchema(value));
            }
        });
        // OpenAPI 3.0 says an exclusive bound with a flag beside minimum / maximum; 2020-12 with the bound itself.
        for (String bound : List.of("Minimum", "Maximum")) {
            if (out.get("exclusive" + bound) instanceof Boolean exclusive) {
                Object limit = out.remove(bound.toLowerCase());
                out.remove("exclusive" + bound);
                out.put(exclusive ? "exclusive" + bound : bound.toLowerCase(), limit);
            }
        }
        if (!Boolean.TRUE.equals(map.get("nullable"))) {
            return out;
        }
        if (out.get("type") instanceof String type) {
            out.put("type", List.of(type, "null"));
            if (out.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                out.put("enum", withNull);
            }
            return out;
        }
        return Map.of("anyOf", List.of(Map.of("type", "null"), out));
    }
}
