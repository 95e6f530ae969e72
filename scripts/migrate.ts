// Applies pending migrations to MIGRATION_DATABASE_URL (see app/lib/migrations.ts).
import { join } from 'node:path';
import { loadMigrationConfig } from '../app/lib/config';
import { applyMigrations } from '../app/lib/migrations';

applyMigrations(loadMigrationConfig(), join(__dirname, '..', 'prisma', 'migrations'))
  .then((applied) => console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date'))
  .catch((err: Error) => {
    console.error(`migration failed: ${err.message}`);
    process.exit(1);
  });
