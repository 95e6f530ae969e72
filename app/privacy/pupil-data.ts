// A table that holds a pupil's data, declared by the domain that owns it, with how that domain
// erases a pupil's rows. Deleting a pupil runs every declaration (app/classes/pupil-erasure.ts);
// a test compares them with every table that has a pupil or user column.
import type { Tx } from '../lib/db';

export type PupilData = {
  table: string;
  column: string;
  erase: (tx: Tx, pupilIds: string[]) => Promise<unknown>;
};
