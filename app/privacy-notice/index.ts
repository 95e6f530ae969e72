export { privacyNoticeRoutes } from './privacy-notice.routes';
export type { NoticeDeps } from './privacy-notice.service';
