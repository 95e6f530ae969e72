// Prisma 7 reads the datasource url from here, not from the schema. Only the Prisma CLI uses this
// file (generate; `migrate deploy` on a production host): the app builds its own connection from
// app/lib/config.ts.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.MIGRATION_DATABASE_URL ?? 'postgresql://localhost/schulid' },
});
