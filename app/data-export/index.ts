export { dataExportRoutes } from './data-export.routes';
export { readUserData, USER_COLUMNS_NOT_EXPORTED, USER_DATA } from './user-data';
