// Swagger UI over the service's own OpenAPI document. "Authorize" takes the token POST /api/login answers.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
