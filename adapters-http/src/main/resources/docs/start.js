// Swagger UI over the service's own OpenAPI document. "Authorize" takes the token POST /api/login answers.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout",
    // No badge fetched from swagger.io: the page loads nothing from elsewhere (the Content-Security-Policy forbids it).
    validatorUrl: null
  });
};
