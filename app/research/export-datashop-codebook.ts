// The codebook of a DataShop export: DataShop's own columns (what its importer reads them as), not
// the CSV's. The reasoning behind `Time` is in export-datashop.ts and the threat model.
import { REPRESENTATION_KINDS } from '../learning/representation';
import { releasedMeaning, RESULTS, type Column } from './export-codebook';
import { DATASHOP_COLUMNS } from './export-datashop';
import type { TimeCoarsening } from './export-formats';

type DataShopColumn = Column<(typeof DATASHOP_COLUMNS)[number]>;

const SESSION_DAY: Record<TimeCoarsening, string> = {
  day: 'the day the task was served (Europe/Berlin calendar)',
  week: 'the Monday of the week the task was served (Europe/Berlin calendar)',
  'days-since-first':
    "day N after 2000-01-01, where N is the whole days since the pupil's first released attempt in this export " +
    '(not a real date)',
};

export function datashopCodebook(coarsening: TimeCoarsening, precisionMs = 1000): DataShopColumn[] {
  const released = releasedMeaning(precisionMs);
  const column = (
    name: DataShopColumn['name'],
    type: DataShopColumn['type'],
    unit: string | null,
    meaning: string,
    values?: string[],
  ): DataShopColumn => ({ name, type, unit, meaning, ...(values ? { values } : {}) });
  return [
    column(
      'Anon Student Id',
      'string',
      null,
      'Pseudonym of the pupil (HMAC-SHA-256 under the study key), this study only',
    ),
    column(
      'Session Id',
      'string',
      null,
      "The pupil's pseudonym and the coarsened time: one session per pupil and " +
        (coarsening === 'week' ? 'week' : 'day'),
    ),
    column(
      'Time',
      'datetime',
      null,
      `A synthetic clock, never the time of day the pupil worked. Date: ${SESSION_DAY[coarsening]}. Clock: ` +
        "00:00:00 plus the released durations of the session's transactions up to and including this one, in whole " +
        'seconds rounded up, at least 1 s after the transaction before. It keeps the order in which the pupil worked ' +
        'and is computed from the file’s own released durations, so it reveals no time finer than the study’s ' +
        'coarsening. DataShop recomputes transaction durations from it (≈ CF (Duration ms), none for the first ' +
        'transaction of a session); the released duration is CF (Duration ms). Should a session’s durations add up ' +
        'to more than 24 h (tasks open side by side), the clock runs past midnight: the session is still that day',
    ),
    column('Time Zone', 'string', null, 'UTC: the synthetic clock meets no daylight-saving change'),
    column(
      'Duration (sec)',
      'decimal',
      's',
      'CF (Duration ms) / 1000. DataShop’s importer ignores this column and recomputes durations from Time',
    ),
    column('Student Response Type', 'enum', null, 'Always ATTEMPT: one transaction per submitted attempt', ['ATTEMPT']),
    column('Tutor Response Type', 'enum', null, 'Always RESULT', ['RESULT']),
    column('Level (Topic)', 'string', null, 'Topic of the task (catalogue id, e.g. fractions-add)'),
    column('Problem Name', 'string', null, 'Task template id and version, templateId@version'),
    column('Step Name', 'string', null, 'Always answer: a task has one step'),
    column(
      'Attempt At Step',
      'integer',
      null,
      "1 for the pupil's first released attempt of this template in this export, 2 for the second, … (counted over " +
        'the released rows only: suppressed rows leave no gap)',
    ),
    column('Outcome', 'enum', null, 'CORRECT, or INCORRECT for wrong and unreadable (CF (Result) tells them apart)', [
      'CORRECT',
      'INCORRECT',
    ]),
    column(
      'Input',
      'string',
      null,
      'The answer as the checker read it, normalised (fractions reduced, e.g. 3/4), "unreadable", or "out-of-range"; ' +
        'never the typed text; empty when no reading was stored',
    ),
    column('KC (Topic)', 'string', null, 'Knowledge component: the topic of the task'),
    column('CF (Class)', 'string', null, 'Pseudonym of the class (same scheme); empty for pupils in no class'),
    column('CF (School)', 'string', null, 'Pseudonym of the school (same scheme)'),
    column('CF (Grade)', 'integer', 'school grade (3–6)', "Grade of the pupil's class; empty for pupils in no class"),
    column('CF (Template Version)', 'integer', null, 'Version of the task template'),
    column('CF (Difficulty)', 'integer', '1 (easiest) – 3', 'Difficulty level of the template'),
    column(
      'CF (Representation)',
      'enum',
      null,
      'The picture the task carried, or none (as the CSV column representation)',
      [...REPRESENTATION_KINDS, 'none'],
    ),
    column(
      'CF (Duration ms)',
      'integer',
      'ms',
      'Server time from serving the task to the submit (database clock; tasks expire after 30 min), ' + released,
    ),
    column(
      'CF (Active Time ms)',
      'integer',
      'ms',
      `Time the page was visible, focused and not idle, as the client reported it, ${released}; at most ` +
        'CF (Duration ms); empty when not reported',
    ),
    column('CF (Result)', 'enum', null, 'correct | wrong | unreadable (the answer could not be read)', RESULTS),
  ];
}
