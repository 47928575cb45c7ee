package org.openiro.http.contract;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The OpenAPI document {@code GET /openapi.yml} serves. The build writes its paths and schemas from the controllers
 * and their records ({@code META-INF/swagger/openapi-generated.yml}, by micronaut-openapi); this adds what the code
 * does not say, from {@code openapi/overlay.yml}: summaries, examples, the status a write answers (201, 204), and
 * the problem+json answers every route may give. The overlay may only describe what the code has: a path, operation
 * or schema property the generated document lacks stops the service at start (and fails the build's tests).
 */
@Singleton
public final class OpenApiDocument {

    static final String GENERATED = "META-INF/swagger/openapi-generated.yml";
    static final String OVERLAY = "openapi/overlay.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final Set<String> WRITES = Set.of("put", "post", "patch", "delete");
    private static final Set<String> REPLACING = Set.of("$ref", "oneOf", "anyOf");

    private final String yaml;

    public OpenApiDocument() {
        this.yaml = dump(complete(load(GENERATED), load(OVERLAY)));
    }

    /** The document as YAML. */
    public String yaml() {
        return yaml;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> complete(Map<String, Object> generated, Map<String, Object> overlay) {
        Map<String, Object> document = generated;
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> overlayPaths = (Map<String, Object>) overlay.getOrDefault("paths", Map.of());
        overlayPaths.forEach((path, item) -> {
            Map<String, Object> existing = (Map<String, Object>) paths.get(path);
            if (existing == null) {
                throw new IllegalStateException("openapi/overlay.yml describes " + path + ", which no route serves");
            }
            ((Map<String, Object>) item).forEach((method, operation) -> {
                Map<String, Object> generatedOperation = (Map<String, Object>) existing.get(method);
                if (generatedOperation == null) {
                    throw new IllegalStateException("openapi/overlay.yml describes " + method.toUpperCase() + " "
                            + path + ", which no route serves");
                }
                mergeOperation(generatedOperation, (Map<String, Object>) operation);
            });
        });
        Map<String, Object> components = (Map<String, Object>) document.computeIfAbsent("components",
                k -> new LinkedHashMap<>());
        Map<String, Object> schemas = (Map<String, Object>) components.computeIfAbsent("schemas",
                k -> new LinkedHashMap<>());
        Map<String, Object> overlayComponents = (Map<String, Object>) overlay.getOrDefault("components", Map.of());
        overlayComponents.forEach((kind, entries) -> {
            Map<String, Object> target = (Map<String, Object>) components.computeIfAbsent(kind,
                    k -> new LinkedHashMap<>());
            ((Map<String, Object>) entries).forEach((name, entry) -> {
                Map<String, Object> generatedEntry = (Map<String, Object>) target.get(name);
                if (generatedEntry == null) {
                    target.put(name, entry);
                } else {
                    mergeSchema(kind + "." + name, generatedEntry, (Map<String, Object>) entry);
                }
            });
        });
        overlay.forEach((key, value) -> {
            if (!key.equals("paths") && !key.equals("components")) {
                put(document, key, value);
            }
        });
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                completeOperation(path, method, (Map<String, Object>) operation);
            }
        }));
        return document;
    }

    /**
     * An overlay that names a success status (201, 204) says what the route answers; the generated document can only
     * say 200. The body the code returns stays the generated one.
     */
    @SuppressWarnings("unchecked")
    private static void mergeOperation(Map<String, Object> generated, Map<String, Object> overlay) {
        Map<String, Object> overlayResponses = (Map<String, Object>) overlay.get("responses");
        Map<String, Object> responses = (Map<String, Object>) generated.get("responses");
        if (overlayResponses != null && overlayResponses.keySet().stream().anyMatch(OpenApiDocument::success)) {
            Object body = responses.entrySet().stream().filter(e -> success(e.getKey()))
                    .map(e -> ((Map<String, Object>) e.getValue()).get("content")).filter(c -> c != null)
                    .findFirst().orElse(null);
            responses.keySet().removeIf(code -> success(code) && !overlayResponses.containsKey(code));
            overlayResponses.forEach((code, response) -> {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) response);
                if (success(code) && !code.equals("204") && body != null && !copy.containsKey("content")) {
                    copy.put("content", body);
                }
                put(responses, code, copy);
            });
        }
        overlay.forEach((key, value) -> {
            if (!key.equals("responses")) {
                put(generated, key, value);
            } else if (overlayResponses.keySet().stream().noneMatch(OpenApiDocument::success)) {
                deepMerge(responses, overlayResponses);
            }
        });
    }

    /** A schema gets descriptions and examples; a property the record does not have would describe nothing. */
    @SuppressWarnings("unchecked")
    private static void mergeSchema(String name, Map<String, Object> generated, Map<String, Object> overlay) {
        Map<String, Object> properties = (Map<String, Object>) generated.get("properties");
        Map<String, Object> overlayProperties = (Map<String, Object>) overlay.get("properties");
        if (overlayProperties != null) {
            for (String property : overlayProperties.keySet()) {
                if (properties == null || !properties.containsKey(property)) {
                    throw new IllegalStateException("openapi/overlay.yml describes " + name + "." + property
                            + ", which the record does not have");
                }
            }
        }
        deepMerge(generated, overlay);
    }

    /**
     * What every route has in common, so that a new route is documented as fully as the others: its errors as
     * problem+json, a tag from its path, and query parameters with a default marked optional (micronaut-openapi
     * marks a primitive parameter required even when it has a default).
     */
    @SuppressWarnings("unchecked")
    private static void completeOperation(String path, String method, Map<String, Object> operation) {
        if (!operation.containsKey("tags")) {
            operation.put("tags", List.of(tag(path)));
        }
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                List.of());
        for (Map<String, Object> parameter : parameters) {
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            if ("query".equals(parameter.get("in")) && schema != null && schema.containsKey("default")) {
                parameter.put("required", false);
            }
        }
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        List<String> errors = new ArrayList<>();
        if (path.startsWith("/api/authorities/")) {
            errors.addAll(List.of("400", "401", "403", "404"));
            if (WRITES.contains(method)) {
                errors.add("409");
            }
            if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(String.valueOf(p.get("name"))))) {
                errors.add("412");
            }
            if (takesIdempotencyKey(method, operation)) {
                List<Map<String, Object>> withKey = new ArrayList<>(parameters);
                withKey.add(Map.of("$ref", "#/components/parameters/IdempotencyKey"));
                operation.put("parameters", withKey);
                errors.add("422");
            }
            // A lost database connection that cannot be retried safely (issue 22).
            errors.add("503");
        } else if (path.startsWith("/api/")) {
            errors.addAll(List.of("400", "401"));
        }
        for (String code : errors) {
            responses.putIfAbsent(code, Map.of("$ref", "#/components/responses/Problem" + code));
        }
        if (!errors.isEmpty()) {
            responses.putIfAbsent("default", Map.of("$ref", "#/components/responses/Problem"));
        }
    }

    /** The JSON POSTs and PUTs under an authority honour {@code Idempotency-Key}; the multipart import does not. */
    @SuppressWarnings("unchecked")
    private static boolean takesIdempotencyKey(String method, Map<String, Object> operation) {
        if (!method.equals("post") && !method.equals("put")) {
            return false;
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        Map<String, Object> content = body == null ? Map.of() : (Map<String, Object>) body.get("content");
        return content == null || !content.containsKey("multipart/form-data");
    }

    /** The resource a route is about: the first segment after the authority ({@code children}, {@code alerts}). */
    private static String tag(String path) {
        String[] segments = path.split("/");
        if (segments.length > 4 && segments[2].equals("authorities")) {
            return segments[4];
        }
        return segments.length > 3 && segments[2].equals("authorities") ? "authorities"
                : segments[segments.length - 1];
    }

    private static boolean success(String code) {
        return code.startsWith("2");
    }

    private static Map<String, Object> deepMerge(Map<String, Object> target, Map<String, Object> overlay) {
        overlay.forEach((key, value) -> put(target, key, value));
        return target;
    }

    /**
     * Maps merge key by key; anything else (a list, a text, an example's null) replaces what was there. So does a
     * schema the overlay gives as a {@code $ref} or a union ({@code oneOf}, {@code anyOf}): in OpenAPI 3.0 nothing may
     * sit beside a reference, and a union cannot sit beside the one type the generator wrote (it types a Java
     * {@code Object}, such as the values of a {@code Map<String, Object>}, as {@code type: object}).
     */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> target, String key, Object value) {
        if (value instanceof Map<?, ?> schema && REPLACING.stream().anyMatch(schema::containsKey)) {
            target.put(key, value);
        } else if (target.get(key) instanceof Map && value instanceof Map) {
            deepMerge((Map<String, Object>) target.get(key), (Map<String, Object>) value);
        } else {
            target.put(key, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: the build writes it");
            }
            return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String dump(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        return new Yaml(new Representer(options), options).dump(document);
    }
}
