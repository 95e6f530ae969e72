import { Router, type Response } from 'express';
import { schoolCaller, secureRoute } from '../auth';
import type { PrismaClient } from '../generated/prisma/client';
import { AppError } from '../lib/errors';
import {
  decideParticipation,
  exportsSeenBy,
  objectionOf,
  setObjection,
  studiesOfSchool,
} from './participation.service';
import {
  ZClassPupil,
  ZCreateStudy,
  ZExportFile,
  ZObjection,
  ZParticipation,
  ZRequestExport,
  ZStudyId,
} from './research.schemas';
import {
  createStudy,
  endStudy,
  exportFilePath,
  exportsOf,
  exportStatus,
  requestExport,
  revocationsOf,
  studiesFor,
  type StudyDeps,
} from './studies.service';

// What send's refusal means to the client. It has set the file's headers already; an error is no
// attachment. A Range past the end keeps the Content-Range "bytes */size" it computed (RFC 9110).
function downloadError(err: Error & { status?: number; code?: string }, res: Response): Error {
  for (const header of ['Content-Disposition', 'Content-Type', 'ETag', 'Last-Modified', 'Accept-Ranges'])
    res.removeHeader(header);
  // Gone from the volume (retention ran, or the volume is not shared): say so, not 500.
  if (err.code === 'ENOENT')
    return new AppError(
      410,
      'export_files_deleted',
      'The files of this export are no longer available; request a new export',
    );
  if (err.status === 416)
    return new AppError(
      416,
      'range_not_satisfiable',
      'The requested range lies outside the file; the file size is in Content-Range',
    );
  if (err.status === 412)
    return new AppError(
      412,
      'precondition_failed',
      'The file has changed since you last fetched it (If-Match / If-Unmodified-Since); download it again',
    );
  return err;
}

export function researchRoutes(app: PrismaClient, deps: StudyDeps): Router {
  const router = Router();
  const caller = (req: { identity?: { userId: string; roles: readonly string[] } }) => ({
    userId: req.identity!.userId,
    roles: req.identity!.roles,
  });

  // --- platform admins ---
  secureRoute(router, 'post', '/research/studies', ['platform-admin'], async (req, res) => {
    res.status(201).json(await createStudy(deps, caller(req), ZCreateStudy.parse(req.body)));
  });
  secureRoute(router, 'post', '/research/studies/:id/end', ['platform-admin'], async (req, res) => {
    res.json(await endStudy(deps, ZStudyId.parse(req.params).id));
  });
  // Every export of every study: the platform's audit view (who, when, study, filters, rows).
  secureRoute(router, 'get', '/research/exports', ['platform-admin'], async (req, res) => {
    res.json({ exports: await exportsOf(deps, caller(req), null) });
  });

  // --- researchers (session or bearer token of the schulid-research client) ---
  secureRoute(router, 'get', '/research/studies', ['researcher', 'platform-admin'], async (req, res) => {
    res.json({ studies: await studiesFor(deps, caller(req)) });
  });
  secureRoute(router, 'post', '/research/studies/:id/exports', ['researcher'], async (req, res) => {
    res
      .status(202)
      .json(await requestExport(deps, caller(req), ZStudyId.parse(req.params).id, ZRequestExport.parse(req.body)));
  });
  secureRoute(router, 'get', '/research/studies/:id/exports', ['researcher'], async (req, res) => {
    res.json({ exports: await exportsOf(deps, caller(req), ZStudyId.parse(req.params).id) });
  });
  secureRoute(router, 'get', '/research/studies/:id/revocations', ['researcher'], async (req, res) => {
    res.json({ revocations: await revocationsOf(deps, caller(req), ZStudyId.parse(req.params).id) });
  });
  secureRoute(router, 'get', '/research/exports/:id', ['researcher'], async (req, res) => {
    res.json(await exportStatus(deps, caller(req), ZStudyId.parse(req.params).id));
  });
  // Files with Range and If-Range support: an interrupted download resumes without a new export.
  secureRoute(router, 'get', '/research/exports/:id/files/:name', ['researcher'], async (req, res) => {
    const { id, name } = ZExportFile.parse(req.params);
    const file = await exportFilePath(deps, caller(req), id, name);
    await new Promise<void>((resolve, reject) =>
      res.sendFile(
        file.name,
        {
          root: file.root,
          dotfiles: 'deny',
          headers: { 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' },
        },
        (err) => {
          if (!err || res.headersSent) return resolve();
          reject(downloadError(err, res));
        },
      ),
    );
  });

  // --- schools ---
  secureRoute(router, 'get', '/school/studies', ['school-admin'], async (req, res) => {
    res.json({ studies: await studiesOfSchool(app, schoolCaller(req)) });
  });
  secureRoute(router, 'put', '/school/studies/:id/participation', ['school-admin'], async (req, res) => {
    res.json(
      await decideParticipation(
        app,
        schoolCaller(req),
        ZStudyId.parse(req.params).id,
        ZParticipation.parse(req.body).isOptedIn,
      ),
    );
  });
  secureRoute(router, 'get', '/school/research-exports', ['teacher', 'school-admin'], async (req, res) => {
    res.json({ exports: await exportsSeenBy(app, schoolCaller(req)) });
  });
  secureRoute(
    router,
    'get',
    '/classes/:id/pupils/:pupilId/research-objection',
    ['teacher', 'school-admin'],
    async (req, res) => {
      const { id, pupilId } = ZClassPupil.parse(req.params);
      res.json(await objectionOf(app, schoolCaller(req), id, pupilId));
    },
  );
  secureRoute(
    router,
    'put',
    '/classes/:id/pupils/:pupilId/research-objection',
    ['teacher', 'school-admin'],
    async (req, res) => {
      const { id, pupilId } = ZClassPupil.parse(req.params);
      res.json(
        await setObjection(
          app,
          deps.platform,
          deps.keyring,
          schoolCaller(req),
          id,
          pupilId,
          ZObjection.parse(req.body).objects,
        ),
      );
    },
  );

  return router;
}
