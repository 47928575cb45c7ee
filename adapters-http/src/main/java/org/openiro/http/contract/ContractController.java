package org.openiro.http.contract;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The service's contract, open to anyone, as a client's developer needs it: {@code GET /openapi.yml} (the HTTP API),
 * {@code GET /asyncapi.yml} (the Kafka topics and each event's data), and {@code GET /docs}, the OpenAPI document in
 * Swagger UI, served from its webjar so that nothing is fetched from anywhere else.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ContractController {

    static final String YAML = "application/yaml";
    private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    /** The files of Swagger UI the page loads, and their types; nothing else of the webjar is served. */
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final OpenApiDocument openApi;
    private final byte[] asyncApi;
    private final byte[] page;
    private final byte[] start;

    ContractController(OpenApiDocument openApi) {
        this.openApi = openApi;
        this.asyncApi = read("META-INF/asyncapi/asyncapi.yml");
        this.page = read("docs/index.html");
        this.start = read("docs/start.js");
    }

    @Get(value = "/openapi.yml", produces = YAML)
    String openApi() {
        return openApi.yaml();
    }

    @Get(value = "/asyncapi.yml", produces = YAML)
    byte[] asyncApi() {
        return asyncApi;
    }

    @Get(value = "/docs", produces = MediaType.TEXT_HTML)
    byte[] docs() {
        return page;
    }

    /** The page's own script, kept out of the HTML so that a strict Content-Security-Policy does not block it. */
    @Get(value = "/docs/start.js", produces = "text/javascript")
    byte[] start() {
        return start;
    }

    @Get("/docs/{file}")
    HttpResponse<byte[]> asset(@PathVariable String file) {
        String type = ASSETS.get(file);
        if (type == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(read(SWAGGER_UI + file)).contentType(type)
                .header("Cache-Control", "public, max-age=86400");
    }

    private static byte[] read(String resource) {
        try (InputStream in = ContractController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = ContractController.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
