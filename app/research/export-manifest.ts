// The documents beside an export's data file: the risk report (group sizes and the linkage check),
// the codebook (every column, and what the perturbation costs) and the manifest (what went out and
// what was left out — in groups, never in rows that would single a pupil out).
import { codebook, DATASHOP_NOTE, type ExportFormat, type TimeCoarsening } from './export-formats';
import type { GroupRisk, SuppressionSummary } from './export-suppression';
import type { LinkageReport } from './export-linkage';

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
    columns: codebook(coarsening, precisionMs),
    ...(format === 'datashop' ? { datashop: DATASHOP_NOTE } : {}),
    perturbation: {
      precisionMs,
      offsetSteps: [-2, -1, 0, 1, 2],
      meaning:
        'durationMs and activeMs are rounded to precisionMs and shifted by a keyed offset per attempt, so that ' +
        'they are no join key between studies nor against the school’s own records. Measured over this file:',
      durationMeanAbsoluteErrorMs: Math.round(error.duration_mae_ms),
      activeMeanAbsoluteErrorMs: Math.round(error.active_mae_ms),
      durationLargestErrorMs: error.duration_max_ms,
    },
    rowsAre: 'One row per submitted attempt (tasks served but never answered are not exported).',
    stripped:
      'Names, usernames, e-mail addresses, Keycloak and internal ids, IP addresses, user agents and any ' +
      'typed text are never exported.',
  };
}

export function suppressedCounts(s: SuppressionSummary, objectingPupils: number, k: number) {
  return {
    // A band below k: an exact small count (or the rows of an objector) would single them out.
    objectingPupils: objectingPupils === 0 || objectingPupils >= k ? objectingPupils : `fewer than ${k}`,
    smallClasses: s.small_classes,
    smallSchools: s.small_schools,
    smallGroups: s.small_groups,
  };
}
