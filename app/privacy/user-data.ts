// What a domain holds about one user, declared by the domain that owns the tables, for the data
// export (GDPR Art. 15 access, Art. 20 portability; app/data-export). `columns` names the columns
// its rows are found by; a test compares them with every column that holds a user id.
// Only the user's own rows and never another person's id or name: the answer is theirs to take.
import type { PrismaClient } from '../generated/prisma/client';
import type { Tx } from '../lib/db';

export type DataSubject = { userId: string; schoolId: string | null };

// `tx`: the user's school (row-level security) or, for a user of no school, the platform role.
// `platform`: for the few tables only the platform role reads; such reads filter by user id.
export type ExportSource = { tx: Tx; platform: PrismaClient };

export type UserData<T extends object> = {
  columns: readonly string[];
  read: (source: ExportSource, subject: DataSubject) => Promise<T>;
};
