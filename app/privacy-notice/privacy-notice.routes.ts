import { route } from '../api';
import { privacyNotice, type NoticeDeps } from './privacy-notice.service';
import * as contract from './privacy-notice.contract';

export function privacyNoticeRoutes(deps: NoticeDeps) {
  return [
    route(contract.privacyNotice, ({ query, caller }) => {
      const school = query.school ? { slug: query.school } : caller?.schoolId ? { id: caller.schoolId } : null;
      return privacyNotice(deps, school);
    }),
  ];
}
