import { Router } from 'express';
import { schoolCaller, secureRoute, type KeycloakAdmin } from '../auth';
import type { Databases } from '../lib/db';
import {
  addCoTeacher,
  addPupils,
  classProgress,
  createClass,
  listClasses,
  listPupils,
  pupilProgress,
  resetPupilPasswords,
} from './classes.service';
import { loginCardsPdf } from './login-cards';
import { deleteClass, type PupilsDeleted } from './deletion.service';
import {
  ZAddPupils,
  ZAddTeacher,
  ZClassId,
  ZClassPupil,
  ZCreateClass,
  ZLockedPupil,
  ZLoginCards,
} from './classes.schemas';
import { listLockedPupils, unlockPupil } from './lockouts.service';

export function classRoutes(
  dbs: Databases,
  keycloak: KeycloakAdmin,
  loginUrl: string,
  onPupilsDeleted: PupilsDeleted,
): Router {
  const router = Router();
  const app = dbs.app;

  secureRoute(router, 'post', '/classes', ['teacher'], async (req, res) => {
    res.status(201).json(await createClass(app, schoolCaller(req), ZCreateClass.parse(req.body)));
  });

  secureRoute(router, 'get', '/classes', ['teacher', 'school-admin'], async (req, res) => {
    const classes = await listClasses(app, schoolCaller(req));
    res.json({ classes: classes.map(({ _count, ...schoolClass }) => ({ ...schoolClass, pupils: _count.pupils })) });
  });

  secureRoute(router, 'get', '/classes/:id/pupils', ['teacher', 'school-admin'], async (req, res) => {
    res.json({ pupils: await listPupils(app, schoolCaller(req), ZClassId.parse(req.params).id) });
  });

  secureRoute(router, 'get', '/classes/:id/progress', ['teacher', 'school-admin'], async (req, res) => {
    res.json({ topics: await classProgress(app, schoolCaller(req), ZClassId.parse(req.params).id) });
  });

  secureRoute(router, 'get', '/classes/:id/pupils/:pupilId/attempts', ['teacher', 'school-admin'], async (req, res) => {
    const { id, pupilId } = ZClassPupil.parse(req.params);
    res.json({ attempts: await pupilProgress(app, schoolCaller(req), id, pupilId) });
  });

  secureRoute(router, 'post', '/classes/:id/teachers', ['teacher', 'school-admin'], async (req, res) => {
    await addCoTeacher(
      app,
      keycloak,
      schoolCaller(req),
      ZClassId.parse(req.params).id,
      ZAddTeacher.parse(req.body).teacherId,
    );
    res.status(204).end();
  });

  // Fresh one-time passwords for the class (or the pupils named), as printable login cards (PDF).
  secureRoute(router, 'post', '/classes/:id/login-cards', ['teacher', 'school-admin'], async (req, res) => {
    const { pupilIds } = ZLoginCards.parse(req.body ?? {});
    const { cards, className } = await resetPupilPasswords(
      app,
      keycloak,
      schoolCaller(req),
      ZClassId.parse(req.params).id,
      pupilIds,
    );
    const pdf = await loginCardsPdf(cards, className, loginUrl);
    res
      .status(201)
      .set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'attachment; filename="zugangskarten.pdf"',
        'Cache-Control': 'no-store',
      })
      .send(pdf);
  });

  // Removes the pupils' accounts (in Keycloak too) and all their data.
  secureRoute(router, 'delete', '/classes/:id', ['teacher', 'school-admin'], async (req, res) => {
    res.json({
      purged: await deleteClass(
        app,
        dbs.platform,
        keycloak,
        schoolCaller(req),
        ZClassId.parse(req.params).id,
        onPupilsDeleted,
      ),
    });
  });

  // The one-time passwords are in this response only: print the login cards from it.
  secureRoute(router, 'post', '/classes/:id/pupils', ['teacher', 'school-admin'], async (req, res) => {
    const pupils = await addPupils(
      app,
      keycloak,
      schoolCaller(req),
      ZClassId.parse(req.params).id,
      ZAddPupils.parse(req.body),
    );
    res.status(201).set('Cache-Control', 'no-store').json({ pupils });
  });

  // Pupils locked out by Keycloak's brute-force detection (wrong passwords), and ending a lockout.
  secureRoute(router, 'get', '/classes/:id/locked-pupils', ['teacher', 'school-admin'], async (req, res) => {
    const locked = await listLockedPupils(app, keycloak, schoolCaller(req), ZClassId.parse(req.params).id);
    res.set('Cache-Control', 'no-store').json({ pupils: ZLockedPupil.array().parse(locked) });
  });

  secureRoute(router, 'post', '/classes/:id/pupils/:pupilId/unlock', ['teacher', 'school-admin'], async (req, res) => {
    const { id, pupilId } = ZClassPupil.parse(req.params);
    await unlockPupil(app, keycloak, schoolCaller(req), id, pupilId);
    res.status(204).end();
  });

  return router;
}
