export { homeOf, pageRoutes } from './pages.routes';
