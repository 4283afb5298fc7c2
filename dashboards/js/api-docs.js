// /api/docs: Swagger UI (from its WebJar) on the service's own /openapi.json; a file, as the CSP allows no inline script.
window.addEventListener('DOMContentLoaded', () => {
  window.ui = window.SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
