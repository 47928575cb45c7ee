package org.openiro.app.support;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.Router;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document the service serves at {@code /openapi.yml}, as a client would read it, and whether an answer
 * (or a request) is one it describes: its status listed for the operation, its content type, its body valid for the
 * schema given there.
 */
public final class ApiContract {

    private final Map<String, Object> document;
    private final JsonSchemas schemas;

    private ApiContract(Map<String, Object> document, JsonMapper json) {
        this.document = document;
        this.schemas = new JsonSchemas(document, json);
    }

    /** Reads the document from a running service, without a token (it is open). */
    public static ApiContract servedBy(URL server, JsonMapper json) {
        Api.Reply reply = new Api(server, json).as(null).get("/openapi.yml");
        if (reply.status() != 200) {
            throw new IllegalStateException("GET /openapi.yml answered " + reply);
        }
        return new ApiContract(load(reply.body()), json);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String yaml) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    public Map<String, Object> document() {
        return document;
    }

    public JsonSchemas schemas() {
        return schemas;
    }

    /** Every route the service has under {@code /api}, as {@code METHOD /path/{template}} (HEAD as the GET it is). */
    public static TreeSet<String> apiRoutes(Router router) {
        return router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api"))
                .map(r -> (r.getHttpMethod() == HttpMethod.HEAD ? HttpMethod.GET : r.getHttpMethod()) + " "
                        + r.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every operation the document has, as {@code METHOD /path/{template}}. */
    @SuppressWarnings("unchecked")
    public TreeSet<String> operations() {
        TreeSet<String> operations = new TreeSet<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(m -> List.of("get", "put", "post", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** What is wrong with this answer to {@code route} ({@code METHOD /path/{template}}); empty when nothing is. */
    @SuppressWarnings("unchecked")
    public List<String> answerProblems(String route, Api.Reply reply) {
        Map<String, Object> operation = operation(route);
        if (operation == null) {
            return List.of(route + " is not in the OpenAPI document");
        }
        Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
        Object response = responses.get(String.valueOf(reply.status()));
        if (response == null) {
            if (reply.status() < 400 || !responses.containsKey("default")) {
                return List.of(route + " answered " + reply.status() + ", which the document does not list");
            }
            response = responses.get("default");
        }
        Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) response).get("content");
        if (content == null || content.isEmpty()) {
            return reply.body().isEmpty() ? List.of()
                    : List.of(route + " " + reply.status() + " has a body the document does not describe");
        }
        String type = reply.contentType().split(";")[0].trim();
        Map<String, Object> media = (Map<String, Object>) content.get(type);
        if (media == null) {
            return List.of(route + " " + reply.status() + " answered " + type + ", the document says "
                    + content.keySet());
        }
        return validate(route + " " + reply.status(), type, (Map<String, Object>) media.get("schema"), reply.body());
    }

    /** What is wrong with a request body for {@code route}, as the document describes it. */
    @SuppressWarnings("unchecked")
    public List<String> requestProblems(String route, String contentType, String body) {
        Map<String, Object> operation = operation(route);
        if (operation == null) {
            return List.of(route + " is not in the OpenAPI document");
        }
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody == null) {
            return List.of(route + " takes no body in the document");
        }
        Map<String, Object> media = (Map<String, Object>) ((Map<String, Object>) requestBody.get("content"))
                .get(contentType);
        if (media == null) {
            return List.of(route + " does not take " + contentType + " in the document");
        }
        return validate(route + " request", contentType, (Map<String, Object>) media.get("schema"), body);
    }

    private List<String> validate(String what, String type, Map<String, Object> schema, String body) {
        if (schema == null || !type.endsWith("json")) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        schemas.problems(schema, body).forEach(p -> problems.add(what + " " + p));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> operation(String route) {
        String[] parts = route.split(" ", 2);
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(parts[1]);
        return item == null ? null : (Map<String, Object>) item.get(parts[0].toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> response) {
        Object ref = response.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/responses/")) {
            return (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.get("components"))
                    .get("responses")).get(r.substring("#/components/responses/".length()));
        }
        return response;
    }
}
