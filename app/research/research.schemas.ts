import { z } from 'zod';
import { ZTimestamp } from '../api/endpoint';
import { TOPIC_IDS } from '../learning/topics';
import { COARSENINGS, FORMATS } from './export-formats';

const ZIsoDay = z.iso
  .date({ error: 'must be a date, e.g. 2026-09-01' })
  .refine((day) => day >= '2000-01-01' && day <= '2099-12-31', 'must be a date between 2000 and 2099');
const unique = <T>(values: T[]) => [...new Set(values)];
const userId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a Keycloak user id');

export const ZCreateStudy = z
  .object({
    name: z.string().trim().min(1).max(200),
    purpose: z.string().trim().min(1).max(2000),
    from: ZIsoDay,
    to: ZIsoDay,
    minGroupSize: z.number().int().min(2, 'k must be at least 2').max(100).default(5),
    // The time variable of every export of the study (fixed: see the README).
    timeCoarsening: z.enum(COARSENINGS).default('day'),
    // Durations and active times: rounded to this, plus a keyed offset of −2 … +2 steps.
    durationPrecisionMs: z.number().int().min(100).max(60_000).default(1000),
    // Exports whose linkage attacks single out more than this share of pupils are refused.
    linkageThresholdPercent: z.number().int().min(0).max(100).default(5),
    researcherIds: z.array(userId).min(1, 'a study needs at least one researcher').max(50).transform(unique),
    schoolIds: z
      .array(z.uuid('must be a school id'))
      .min(1, 'a study needs at least one school')
      .max(1000)
      .transform(unique),
  })
  .strict();

export const ZRequestExport = z
  .object({
    format: z.enum(FORMATS),
    from: ZIsoDay.optional(),
    to: ZIsoDay.optional(),
    topics: z.array(z.enum(TOPIC_IDS)).min(1).max(50).optional(),
    suppressSmallGroups: z.boolean().default(false),
  })
  .strict();

export const ZParticipation = z.object({ isOptedIn: z.boolean() }).strict();
export const ZObjection = z.object({ objects: z.boolean() }).strict();
export const ZStudyId = z.object({ id: z.uuid('must be a study id') });
export const ZExportId = z.object({ id: z.uuid('must be an export id') });
export const ZExportFile = z.object({
  id: z.uuid('must be an export id'),
  name: z.string().regex(/^[a-z-]+\.(csv|jsonl|txt|json)$/, 'no such file'),
});

export const ZStudy = z.object({
  id: z.uuid(),
  name: z.string(),
  purpose: z.string(),
  minGroupSize: z.number().int(),
  timeCoarsening: z.enum(COARSENINGS),
  createdAt: ZTimestamp,
  endedAt: ZTimestamp.nullable(),
});
export const ZCreatedStudy = ZStudy.extend({
  rangeFrom: ZTimestamp,
  rangeTo: ZTimestamp,
  durationPrecisionMs: z.number().int(),
  linkageThresholdPercent: z.number().int(),
});
export const ZStudyOverview = ZStudy.extend({
  from: z.iso.date(),
  to: z.iso.date(),
  isEnded: z.boolean(),
  researchers: z.number().int(),
  schoolsInvited: z.number().int(),
  schoolsOptedIn: z.number().int(),
});

// The export's documents as the job writes them (export-manifest.ts, export-job.ts), named field by
// field: a field added there leaves the API only once it is named here. Top-level fields are
// optional: exports recorded by earlier versions lack some, and must still be listed.
const ZShare = { sharePercent: z.number() };
export const ZLinkageReport = z.object({
  thresholdPercent: z.number(),
  pupils: z.number().int(),
  school: z.object({ singledOut: z.number().int(), ...ZShare }),
  otherStudies: z.object({ exportsCompared: z.number().int(), linked: z.number().int(), ...ZShare }),
  earlierExportsOfStudy: z.object({ revealed: z.number().int(), ...ZShare }),
  isAboveThreshold: z.boolean(),
});
export const ZRiskReport = z
  .object({
    quasiIdentifiers: z.array(z.string()),
    k: z.number().int(),
    pupils: z.number().int(),
    groups: z.number().int(),
    smallestGroupPupils: z.number().int().nullable(),
    groupsBelowK: z.number().int(),
    pupilsUniqueInSomeGroup: z.number().int(),
    suppressionApplied: z.boolean(),
    smallestGroupReleased: z.number().int().nullable(),
    linkage: ZLinkageReport,
  })
  .partial();
export const ZExportOptions = z
  .object({
    coarsening: z.string(),
    from: z.string(),
    to: z.string(),
    topics: z.array(z.string()).nullable(),
    suppressSmallGroups: z.boolean(),
  })
  .partial()
  .extend({ format: z.string() });
const ZManifest = z
  .object({
    dataAre: z.string(),
    study: z.object({
      id: z.string(),
      name: z.string(),
      purpose: z.string(),
      range: z.object({ from: z.string(), to: z.string() }),
    }),
    export: z.object({ id: z.string(), createdAt: z.string(), format: z.string() }),
    filters: z.object({
      from: z.string(),
      to: z.string(),
      topics: z.array(z.string()).nullable(),
      timeCoarsening: z.string(),
      schools: z.number().int(),
    }),
    k: z.number().int(),
    rows: z.object({ exported: z.number().int(), pupils: z.number().int() }),
    suppressed: z.object({
      objectingPupils: z.union([z.number().int(), z.string()]),
      smallClasses: z.number().int(),
      smallSchools: z.number().int(),
      smallGroups: z.number().int(),
    }),
    riskReport: ZRiskReport,
    files: z.array(z.object({ name: z.string(), bytes: z.number().int(), sha256: z.string() })),
    software: z.object({ name: z.string(), version: z.string() }),
  })
  .partial();

// An export as its researchers (and the platform's audit view) see it.
export const ZExport = z.object({
  id: z.uuid(),
  studyId: z.uuid(),
  requestedBy: z.string(),
  status: z.enum(['queued', 'running', 'ready', 'failed', 'refused']),
  options: ZExportOptions,
  progress: z.object({ rowsDone: z.number().int(), rowsTotal: z.number().int().nullable() }),
  riskReport: ZRiskReport.nullable(),
  problem: z.string().nullable(),
  createdAt: ZTimestamp,
  finishedAt: ZTimestamp.nullable(),
  files: z.array(z.object({ name: z.string(), href: z.string() })),
  manifest: ZManifest.nullable(),
});

// What a platform admin picks a study's researchers and schools from: names, never more.
export const ZResearcherOption = z.object({ id: z.string(), username: z.string() });
export const ZSchoolOption = z.object({ id: z.uuid(), name: z.string(), slug: z.string() });

export const ZRevocation = z.object({
  pseudonym: z.string(),
  reason: z.enum(['objection', 'deleted']),
  createdAt: ZTimestamp,
});

// The school's side: the studies it is invited to, and which of its classes went into which export.
export const ZSchoolStudy = z.object({
  id: z.uuid(),
  name: z.string(),
  purpose: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  minGroupSize: z.number().int(),
  isEnded: z.boolean(),
  isOptedIn: z.boolean(),
  decidedAt: ZTimestamp.nullable(),
});
export const ZParticipationDecided = z.object({ studyId: z.uuid(), isOptedIn: z.boolean() });
export const ZSchoolExport = z.object({
  exportId: z.uuid(),
  studyId: z.uuid(),
  study: z.string(),
  exportedAt: ZTimestamp.nullable(),
  classes: z.array(z.object({ classId: z.uuid().nullable(), name: z.string().nullable(), rows: z.number().int() })),
});
export const ZObjectionView = z.object({ pupilId: z.string(), objects: z.boolean(), since: ZTimestamp.nullable() });
export const ZObjectionSet = z.object({ pupilId: z.string(), objects: z.boolean() });
