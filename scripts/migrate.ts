// Applies pending migrations to MIGRATION_DATABASE_URL (see app/lib/migrations.ts). Runs from the
// sources (tsx scripts/migrate.ts) and compiled (node dist/scripts/migrate.js) alike.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadMigrationConfig } from '../app/lib/config';
import { applyMigrations } from '../app/lib/migrations';

function findMigrationsDir(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'prisma', 'migrations'))) return join(dir, 'prisma', 'migrations');
  }
  throw new Error('prisma/migrations not found');
}

applyMigrations(loadMigrationConfig(), findMigrationsDir(__dirname))
  .then((applied) => console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date'))
  .catch((err: Error) => {
    console.error(`migration failed: ${err.message}`);
    process.exit(1);
  });
