export { meRoutes } from './me.routes';
