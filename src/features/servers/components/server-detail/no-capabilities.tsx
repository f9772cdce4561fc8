import type { PortalServer } from '@/cloudflare-api/server-schema';

/** An empty list means different things before the first sync and after one. */
export function NoCapabilities({ noun, server }: { noun: 'tools' | 'prompts'; server: PortalServer }) {
  const neverSynced = !server.last_successful_sync;
  return (
    <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
      {neverSynced
        ? `No ${noun} yet: Cloudflare has not synced this server successfully. Sync to fetch them.`
        : `This server reported no ${noun} at its last successful sync.`}
    </p>
  );
}
