export { apiRouter, listRoutes, route, type Route } from './api-router';
export { openApiDocument } from './openapi';
