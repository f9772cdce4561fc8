import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new numbered migration into server/history/migrations after either db-schema.ts
// changes. The server applies them at start (libSQL); wrangler applies the same files to D1.
export default defineConfig({
  dialect: 'sqlite',
  schema: ['./server/history/db-schema.ts', './server/alerts/db-schema.ts'],
  out: './server/history/migrations',
});
