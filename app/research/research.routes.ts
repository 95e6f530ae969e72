import type { Response } from 'express';
import { route } from '../api';
import { AppError } from '../lib/errors';
import * as contract from './research.contract';
import { researchersToPick, schoolsToPick } from './candidates.service';
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

export function researchRoutes(deps: StudyDeps) {
  return [
    // --- platform admins ---
    route(contract.createStudy, ({ caller, body }) => createStudy(deps, caller, body)),
    route(contract.researcherOptions, async () => ({ researchers: await researchersToPick(deps) })),
    route(contract.schoolOptions, async () => ({ schools: await schoolsToPick(deps) })),
    route(contract.endStudy, ({ params }) => endStudy(deps, params.id)),
    route(contract.allExports, async ({ caller }) => ({ exports: await exportsOf(deps, caller, null) })),
    // --- researchers ---
    route(contract.listStudies, async ({ caller }) => ({ studies: await studiesFor(deps, caller) })),
    route(contract.requestExport, ({ caller, params, body }) => requestExport(deps, caller, params.id, body)),
    route(contract.studyExports, async ({ caller, params }) => ({
      exports: await exportsOf(deps, caller, params.id),
    })),
    route(contract.studyRevocations, async ({ caller, params }) => ({
      revocations: await revocationsOf(deps, caller, params.id),
    })),
    route(contract.exportStatus, ({ caller, params }) => exportStatus(deps, caller, params.id)),
    // Files with Range and If-Range support: an interrupted download resumes without a new export.
    route(contract.exportFile, async ({ caller, params, res }) => {
      const file = await exportFilePath(deps, caller, params.id, params.name);
      await new Promise<void>((resolve, reject) =>
        res.sendFile(
          file.name,
          {
            root: file.root,
            dotfiles: 'deny',
            headers: {
              'content-disposition': `attachment; filename="${params.name}"`,
              'cache-control': 'private, no-store',
            },
          },
          (err) => {
            if (!err || res.headersSent) return resolve();
            reject(downloadError(err, res));
          },
        ),
      );
    }),
  ];
}
