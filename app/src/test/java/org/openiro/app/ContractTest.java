package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ApiContract;

/**
 * The contract a client's developer reads: the OpenAPI document, the AsyncAPI document and the browsable docs, all
 * open without a token; every route the service has is in the OpenAPI document and nothing else is; every example
 * in it is valid for its own schema. (That every answer matches the document is checked on every route, for every
 * caller, by {@link AccessTest}.)
 */
@MicronautTest(environments = "pg", transactional = false)
class ContractTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    Router router;

    @Test
    void the_openapi_document_has_every_api_route_and_no_other() {
        Set<String> routes = ApiContract.apiRoutes(router);
        TreeSet<String> documented = ApiContract.servedBy(server.getURL(), json).operations();

        assertThat(routes).as("routes the OpenAPI document lacks").isSubsetOf(documented);
        assertThat(documented).as("operations in the OpenAPI document that no route serves").isSubsetOf(routes);
        assertThat(documented).contains("POST /api/authorities/{authority}/children/{childId}/reviews");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_example_in_the_openapi_document_is_valid_for_its_schema() {
        ApiContract contract = ApiContract.servedBy(server.getURL(), json);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) contract.document()
                .get("components")).get("schemas");
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            Object example = ((Map<String, Object>) schema).get("example");
            if (example != null) {
                checked.add(name);
                contract.schemas().problems(contract.schemas().named(name), contract.schemas().write(example))
                        .forEach(p -> problems.add(name + " " + p));
            }
        });

        assertThat(problems).isEmpty();
        assertThat(checked).as("the main bodies have examples").contains("ChildBody", "ChildView", "EpisodeBody",
                "ReviewBody", "ReviewView", "AlertsController.RaiseBody", "AlertsController.AlertBody",
                "QaFormsController.QaFormBody", "AuditsController.DrawBody");
    }

    @Test
    void the_contract_and_its_docs_are_open_without_a_token() {
        Api anonymous = new Api(server.getURL(), json).as(null);

        Api.Reply openApi = anonymous.get("/openapi.yml");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.contentType()).startsWith("application/yaml");
        assertThat(openApi.body()).startsWith("openapi: 3.").contains("bearerFormat: JWT")
                .contains("application/problem+json");
        Api.Reply asyncApi = anonymous.get("/asyncapi.yml");
        assertThat(asyncApi.status()).isEqualTo(200);
        assertThat(asyncApi.body()).startsWith("asyncapi: 3.").contains("iro.reviews");
        Api.Reply page = anonymous.get("/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("/docs/swagger-ui-bundle.js");
        for (String asset : List.of("/docs/swagger-ui-bundle.js", "/docs/swagger-ui.css", "/docs/start.js")) {
            Api.Reply reply = anonymous.get(asset);
            assertThat(reply.status()).as(asset).isEqualTo(200);
            assertThat(reply.body()).as(asset).isNotEmpty();
        }
        assertThat(anonymous.get("/docs/start.js").body()).contains("/openapi.yml");
        // Only Swagger UI's own files: nothing else of the classpath is served under /docs.
        assertThat(anonymous.get("/docs/logback.xml").status()).isEqualTo(404);
        assertThat(anonymous.get("/docs/index.html").status()).isEqualTo(404);
    }
}
