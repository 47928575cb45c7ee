package org.openiro.http.contract;

import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The head of the OpenAPI document the build writes from the controllers (micronaut-openapi, at compile time): its
 * title and the bearer token every {@code /api} route needs. Descriptions and examples are merged in from
 * {@code src/main/openapi/*.yml}, so the request and response records carry no documentation annotations.
 */
@OpenAPIDefinition(
        info = @Info(title = "Independent Reviewing Service", version = "1",
                description = "The HTTP API of the IRO service: see docs/api.md in the repository.",
                license = @License(name = "Open source")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT from POST /api/login (embedded default) or the authority's identity provider.")
// Records no endpoint names in its signature: the service report's JSON (answered beside its CSV and HTML, as
// HttpResponse<?>), the problem documents of every error, and a refused import's.
@OpenAPIExtraSchema(packages = {"org.openiro.http.reports", "org.openiro.http.errors", "org.openiro.http.ssda903"})
final class ApiDefinition {

    private ApiDefinition() {
    }
}
