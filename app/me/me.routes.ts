// GET /api/me: who am I — the pseudonymous user id, roles and school. Nothing more.
import { Router } from 'express';
import { inSchool, inSchoolOrPlatform, type Databases } from '../lib/db';
import { countUnread } from '../messages';
import { findVisibleSchools } from '../schools';
import { ANY_SIGNED_IN, secureRoute } from './guards';

export function meRoutes(dbs: Databases): Router {
  const router = Router();
  secureRoute(router, 'get', '/me', ANY_SIGNED_IN, async (req, res) => {
    const identity = req.identity!;
    const school = identity.schoolId ? (await inSchool(dbs.app, identity.schoolId, findVisibleSchools))[0] : undefined;
    // Unread system messages (e.g. a blocked login attempt): the inbox is /api/me/messages.
    const unreadMessages = await inSchoolOrPlatform(dbs, identity.schoolId, (tx) => countUnread(tx, identity.userId));
    res.set('Cache-Control', 'no-store').json({
      id: identity.userId,
      roles: identity.roles,
      school: school ? { id: school.id, slug: school.slug, name: school.name } : null,
      unreadMessages,
    });
  });
  return router;
}
