// GET /api/me: who am I — the pseudonymous user id, roles and school. Nothing more.
import { Router } from 'express';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { findVisibleSchools } from '../schools';
import { ANY_SIGNED_IN, secureRoute } from './guards';

export function meRoutes(app: PrismaClient): Router {
  const router = Router();
  secureRoute(router, 'get', '/me', ANY_SIGNED_IN, async (req, res) => {
    const identity = req.identity!;
    const school = identity.schoolId ? (await inSchool(app, identity.schoolId, findVisibleSchools))[0] : undefined;
    res.set('Cache-Control', 'no-store').json({
      id: identity.userId,
      roles: identity.roles,
      school: school ? { id: school.id, slug: school.slug, name: school.name } : null,
    });
  });
  return router;
}
