import { Router } from 'express';
import { requireSchool, secureRoute, type KeycloakAdmin } from '../auth';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools } from './schools.repo';
import { ZSchoolView, ZTwoFactorSetting } from './schools.schemas';
import { setTwoFactorForAll } from './two-factor.service';

export function schoolRoutes(app: PrismaClient, keycloak: KeycloakAdmin): Router {
  const router = Router();

  secureRoute(router, 'get', '/school', ['teacher', 'school-admin'], async (req, res) => {
    const [school] = await inSchool(app, requireSchool(req), findVisibleSchools);
    if (!school) throw AppError.notFound('School not found');
    res.json(ZSchoolView.parse(school));
  });

  secureRoute(router, 'put', '/school/two-factor', ['school-admin'], async (req, res) => {
    const { isRequiredForAll } = ZTwoFactorSetting.parse(req.body);
    const school = await setTwoFactorForAll(app, keycloak, requireSchool(req), req.identity!.userId, isRequiredForAll);
    res.json(ZSchoolView.parse(school));
  });

  return router;
}
