// The documents beside an export's data file: the risk report (group sizes and the linkage check),
// the codebook (every column, and what the perturbation costs) and the manifest (what went out and
// what was left out — in groups, never in rows that would single a pupil out).
import { templateCatalogue } from '../learning';
import { codebook } from './export-codebook';
import { datashopCodebook } from './export-datashop-codebook';
import type { ExportFormat, TimeCoarsening } from './export-formats';
import type { GroupRisk, SuppressionSummary } from './export-suppression';
import type { LinkageReport } from './export-linkage';
import { isoDay } from './iso-day';

export const PSEUDONYMISED =
  'Pseudonymised personal data (GDPR Art. 4(5)), not anonymous data: the schools hold the raw attempts these ' +
  'rows come from. Keep it under the study’s data-use agreement; see the threat model (docs/research-threat-model.md).';

export function riskReport(
  g: GroupRisk,
  k: number,
  pupils: number,
  suppressionApplied: boolean,
  linkage?: LinkageReport,
) {
  return {
    quasiIdentifiers: ['school', 'class', 'grade', 'time'],
    k,
    pupils,
    groups: g.groups,
    smallestGroupPupils: g.smallest_group,
    groupsBelowK: g.groups_below_k,
    pupilsUniqueInSomeGroup: g.unique_pupils,
    suppressionApplied,
    smallestGroupReleased: g.smallest_group,
    ...(linkage ? { linkage } : {}),
  };
}

export type PerturbationError = { duration_mae_ms: number; active_mae_ms: number; duration_max_ms: number };

export function codebookDocument(
  format: ExportFormat,
  coarsening: TimeCoarsening,
  precisionMs: number,
  error: PerturbationError,
) {
  return {
    dataAre: PSEUDONYMISED,
    // A DataShop file has DataShop's columns: its codebook describes those.
    columns: format === 'datashop' ? datashopCodebook(coarsening, precisionMs) : codebook(coarsening, precisionMs),
    ...(format === 'datashop' ? { datashop: DATASHOP_NOTE } : {}),
    perturbation: {
      precisionMs,
      offsetSteps: [-2, -1, 0, 1, 2],
      meaning:
        `${format === 'datashop' ? 'CF (Duration ms) and CF (Active Time ms)' : 'durationMs and activeMs'} are ` +
        'rounded to precisionMs and shifted by a keyed offset per attempt, so that ' +
        'they are no join key between studies nor against the school’s own records. Measured over this file:',
      durationMeanAbsoluteErrorMs: Math.round(error.duration_mae_ms),
      activeMeanAbsoluteErrorMs: Math.round(error.active_mae_ms),
      durationLargestErrorMs: error.duration_max_ms,
    },
    // What each template (templateId@templateVersion) is: topic, grade, difficulty, answer kind, picture.
    // Structured fields only: free text (German titles) could collide with a name the file must not hold.
    templates: templateCatalogue().map((t) => ({
      id: t.id,
      version: t.version,
      topic: t.topic,
      grade: t.grade,
      difficulty: t.difficulty,
      answerKind: t.answerKind,
      representation: t.representation,
      servedToday: t.isServed,
    })),
    rowsAre: 'One row per submitted attempt (tasks served but never answered are not exported).',
    stripped:
      'Names, usernames, e-mail addresses, Keycloak and internal ids, IP addresses, user agents and any ' +
      'typed text are never exported.',
  };
}

const DATASHOP_NOTE =
  'DataShop file: one transaction per attempt; Outcome INCORRECT covers wrong and unreadable (CF (Result) tells ' +
  'them apart). DataShop’s importer ignores Duration (sec) and recomputes durations from Time: the released ' +
  'duration is CF (Duration ms), and Time is a synthetic clock (the coarsened day at 00:00:00 plus the released ' +
  'durations of the session so far) that keeps the order of a pupil’s transactions and reveals no time of day.';

export function suppressedCounts(s: SuppressionSummary, objectingPupils: number, k: number) {
  return {
    // A band below k: an exact small count (or the rows of an objector) would single them out.
    objectingPupils: objectingPupils === 0 || objectingPupils >= k ? objectingPupils : `fewer than ${k}`,
    smallClasses: s.small_classes,
    smallSchools: s.small_schools,
    smallGroups: s.small_groups,
  };
}

type FileEntry = { name: string; bytes: number; sha256: string };

// What went out, from where, under which rules, and what was left out; the files' hashes.
export function manifestDocument(m: {
  study: { id: string; name: string; purpose: string; rangeFrom: Date; rangeTo: Date };
  job: { id: string; createdAt: Date };
  options: { format: ExportFormat; coarsening: TimeCoarsening; from: string; to: string; topics: string[] | null };
  schoolIds: string[];
  k: number;
  rows: { exported: number; pupils: number };
  suppressed: ReturnType<typeof suppressedCounts>;
  risk: ReturnType<typeof riskReport>;
  files: FileEntry[];
  softwareVersion: string;
}) {
  const { study, job, options } = m;
  return {
    dataAre: PSEUDONYMISED,
    study: {
      id: study.id,
      name: study.name,
      purpose: study.purpose,
      range: { from: isoDay(study.rangeFrom), to: isoDay(study.rangeTo) },
    },
    export: { id: job.id, createdAt: job.createdAt.toISOString(), format: options.format },
    filters: {
      from: options.from,
      to: options.to,
      topics: options.topics,
      timeCoarsening: options.coarsening,
      schools: m.schoolIds.length,
    },
    k: m.k,
    rows: m.rows,
    suppressed: m.suppressed,
    riskReport: m.risk,
    files: m.files.map(({ name, bytes, sha256 }) => ({ name, bytes, sha256 })),
    software: { name: 'schulid', version: m.softwareVersion },
  };
}
