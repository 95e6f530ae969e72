// The API contract the web app imports: every endpoint's declaration (method, path, roles, request
// and response schemas) and the types derived from them. Browser-safe by design, and checked:
// test/architecture/browser-contract.test.ts bundles this file for the browser and fails on any server
// module or Node built-in in the bundle.
import { BIN_ENDPOINTS } from './classes/bin.contract';
import { CLASS_ENDPOINTS } from './classes/classes.contract';
import { LEAVING_ENDPOINTS } from './classes/leaving.contract';
import { DATA_EXPORT_ENDPOINTS } from './data-export/data-export.contract';
import { LEARNING_ENDPOINTS } from './learning/learning.contract';
import { ME_ENDPOINTS } from './me/me.contract';
import { PRIVACY_NOTICE_ENDPOINTS } from './privacy-notice/privacy-notice.contract';
import { RESEARCH_ENDPOINTS } from './research/research.contract';
import { SCHOOL_ENDPOINTS } from './schools/schools.contract';

export * as bin from './classes/bin.contract';
export * as classes from './classes/classes.contract';
export * as leaving from './classes/leaving.contract';
export * as dataExport from './data-export/data-export.contract';
export * as learning from './learning/learning.contract';
export * as me from './me/me.contract';
export * as privacyNotice from './privacy-notice/privacy-notice.contract';
export * as research from './research/research.contract';
export * as school from './schools/schools.contract';
export { TOPICS, TOPIC_IDS, type TopicId } from './learning/topics';
export { ROLES, type Role } from './access/roles';
export type { EndpointSpec, PathParams, QueryParams, RequestBody, ResponseBody } from './api/endpoint';

// The pupils' hot paths first: Express tries the routes in this order.
export const ENDPOINTS = [
  ...LEARNING_ENDPOINTS,
  ...ME_ENDPOINTS,
  ...SCHOOL_ENDPOINTS,
  ...CLASS_ENDPOINTS,
  ...BIN_ENDPOINTS,
  ...LEAVING_ENDPOINTS,
  ...DATA_EXPORT_ENDPOINTS,
  ...RESEARCH_ENDPOINTS,
  ...PRIVACY_NOTICE_ENDPOINTS,
];
