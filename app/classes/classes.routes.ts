import { schoolCallerOf } from '../access';
import { route } from '../api';
import type { KeycloakAdmin } from '../keycloak';
import { assignToClass, classAssignments } from '../learning';
import { addSchoolPupils, classCandidates, pupilsWithoutClass } from './class-members.service';
import type { Databases } from '../lib/db';
import type { PostgresSessionStore } from '../sessions';
import { objectionOf, setObjection, type StudyKeyring } from '../research';
import * as contract from './classes.contract';
import type { AttemptFeed } from '../learning';
import {
  addCoTeacher,
  classOverview,
  addPupils,
  classProgress,
  createClass,
  listClasses,
  listPupils,
  checkClassAccess,
  pupilProgress,
  resetPupilPasswords,
} from './classes.service';
import { binDepsOf, binPupil } from './bin.service';
import { deleteClass, type PupilsDeleted } from './deletion.service';
import { listLockedPupils, unlockPupil } from './lockouts.service';
import { loginCardsPdf } from './login-cards';
import { renamePupil } from './pupil-rename.service';

export type ClassRouteDependencies = {
  dbs: Databases;
  keycloak: KeycloakAdmin;
  keyring: StudyKeyring;
  loginUrl: string;
  onPupilsDeleted: PupilsDeleted;
  attemptFeed: AttemptFeed;
  sessions: PostgresSessionStore;
  restoreBinDays: number;
};

// A comment line every 25 s keeps proxies from closing a quiet stream.
const HEARTBEAT_MS = 25_000;
const STREAM_LIFETIME_MS = 5 * 60_000;

export function classRoutes(deps: ClassRouteDependencies) {
  const { dbs, keycloak, keyring, loginUrl, attemptFeed } = deps;
  const db = dbs.schoolDb;
  const bin = binDepsOf(deps);
  return [
    route(contract.createClass, ({ req, body }) => createClass(db, schoolCallerOf(req), body)),
    route(contract.listClasses, async ({ req }) => {
      const classes = await listClasses(db, schoolCallerOf(req));
      return { classes: classes.map(({ _count, ...schoolClass }) => ({ ...schoolClass, pupils: _count.pupils })) };
    }),
    // Into the restore bin; purged (accounts in Keycloak too, and all data) after restoreBinDays.
    route(contract.deleteClass, ({ req, params }) => deleteClass(bin, schoolCallerOf(req), params.id)),
    route(contract.deletePupil, ({ req, params }) => binPupil(bin, schoolCallerOf(req), params.id, params.pupilId)),
    route(contract.listPupils, async ({ req, params }) => ({
      pupils: await listPupils(db, schoolCallerOf(req), params.id),
    })),
    route(contract.renamePupil, ({ req, params, body }) =>
      renamePupil(db, keycloak, schoolCallerOf(req), params.id, params.pupilId, body.username),
    ),
    // The one-time passwords are in this response only: print the login cards from it.
    route(contract.addPupils, async ({ req, params, body }) => ({
      pupils: await addPupils(db, keycloak, schoolCallerOf(req), params.id, body),
    })),
    route(contract.addTeacher, ({ req, params, body }) =>
      addCoTeacher(db, keycloak, schoolCallerOf(req), params.id, body.teacherId),
    ),
    // Fresh one-time passwords for the class (or the pupils named), as printable login cards (PDF).
    route(contract.loginCards, async ({ req, res, params, body }) => {
      const staff = schoolCallerOf(req);
      const { cards, className } = await resetPupilPasswords(db, keycloak, staff, params.id, body.pupilIds);
      const pdf = await loginCardsPdf(cards, className, loginUrl);
      res
        .status(201)
        .set({
          'Content-Type': 'application/pdf',
          'Content-Disposition': 'attachment; filename="zugangskarten.pdf"',
          'Cache-Control': 'no-store',
        })
        .send(pdf);
    }),
    route(contract.classProgress, async ({ req, params }) => ({
      topics: await classProgress(db, schoolCallerOf(req), params.id),
    })),
    route(contract.classOverview, async ({ req, params }) => ({
      pupils: await classOverview(db, schoolCallerOf(req), params.id),
    })),
    // Live: every submit of a pupil of the class, as it commits on any app instance.
    route(contract.classLive, async ({ req, res, params }) => {
      // Registered first: a browser that leaves during the access check must not leave a stream.
      let isGone = false;
      let cleanUp = () => {};
      res.on('close', () => {
        isGone = true;
        cleanUp();
      });
      const staff = schoolCallerOf(req);
      await checkClassAccess(db, staff, params.id);
      if (isGone) return;
      res.status(200).set({
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      });
      res.flushHeaders();
      res.write('retry: 2000\n\n');
      const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
      // Streams are short-lived on purpose: the browser reconnects, and a session that ended (logout,
      // 10 h, a role taken away) is then refused by the same checks as every request.
      const lifetime = setTimeout(() => res.end(), STREAM_LIFETIME_MS);
      const unsubscribe = attemptFeed.subscribe(staff.schoolId, params.id, {
        send: ({ pupilId, topic, result }) =>
          void res.write(`event: attempt\ndata: ${JSON.stringify({ pupilId, topic, result })}\n\n`),
        end: () => res.end(),
      });
      cleanUp = () => {
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
      };
    }),
    // Pupils locked out by Keycloak's brute-force detection (wrong passwords), and ending a lockout.
    route(contract.lockedPupils, async ({ req, params }) => ({
      pupils: await listLockedPupils(db, keycloak, schoolCallerOf(req), params.id),
    })),
    route(contract.unlockPupil, ({ req, params }) =>
      unlockPupil(db, keycloak, schoolCallerOf(req), params.id, params.pupilId),
    ),
    route(contract.pupilAttempts, async ({ req, params }) => ({
      attempts: await pupilProgress(db, schoolCallerOf(req), params.id, params.pupilId),
    })),
    route(contract.assign, ({ req, params, body }) => assignToClass(db, schoolCallerOf(req), params.id, body)),
    route(contract.classAssignments, async ({ req, params }) => ({
      assignments: await classAssignments(db, schoolCallerOf(req), params.id),
    })),
    route(contract.pupilsWithoutClass, async ({ req }) => ({
      pupils: await pupilsWithoutClass(db, keycloak, schoolCallerOf(req)),
    })),
    route(contract.classCandidates, ({ req, params }) => classCandidates(db, keycloak, schoolCallerOf(req), params.id)),
    route(contract.addSchoolPupils, async ({ req, params, body }) => ({
      pupils: await addSchoolPupils(db, keycloak, schoolCallerOf(req), params.id, body.pupilIds),
    })),
    route(contract.researchObjection, ({ req, params }) =>
      objectionOf(db, schoolCallerOf(req), params.id, params.pupilId),
    ),
    route(contract.setResearchObjection, ({ req, params, body }) =>
      setObjection(db, dbs.platform, keyring, schoolCallerOf(req), params.id, params.pupilId, body.objects),
    ),
  ];
}
