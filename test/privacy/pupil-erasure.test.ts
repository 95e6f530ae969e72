// Erasure of a pupil's data is declared by each domain that owns such a table. This test reads the
// database's own catalogue, so a new table with a pupil or user column cannot be forgotten.
import { PUPIL_COLUMNS_KEPT, PUPIL_DATA } from '../../app/classes';
import { inProcessApp } from '../support/suites';

const PUPIL_COLUMN = /^(pupil_id|user_id|actor_id|username)$|_(pupil|user)_id$/;

describe('erasing a pupil', () => {
  const env = inProcessApp();

  it('when the database is asked for every pupil or user column, then each is erased by its domain or kept with a reason', async () => {
    const columns = await env.testApp.dbs.platform.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%'`;
    const pupilColumns = columns
      .filter((c) => PUPIL_COLUMN.test(c.column_name))
      .map((c) => `${c.table_name}.${c.column_name}`);
    expect(pupilColumns.length).toBeGreaterThan(8);
    const erased = new Set(PUPIL_DATA.map((d) => `${d.table}.${d.column}`));
    const tablesErased = new Set(PUPIL_DATA.map((d) => d.table));
    const uncovered = pupilColumns.filter(
      (column) => !erased.has(column) && !(column in PUPIL_COLUMNS_KEPT) && !tablesErased.has(column.split('.')[0]!),
    );
    expect(uncovered).toEqual([]);
    // Declarations name real columns (a renamed column fails here, not silently).
    for (const column of erased) expect(pupilColumns).toContain(column);
  });
});
