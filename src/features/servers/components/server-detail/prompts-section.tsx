import type { PortalServer } from '@/cloudflare-api/server-schema';
import { mergeCapabilities } from '@/features/servers/capability-overrides';
import { CapabilityTable } from '@/features/servers/components/server-detail/capability-table';
import { countCaption } from '@/features/servers/components/server-detail/capability-counts';
import { NoCapabilities } from '@/features/servers/components/server-detail/no-capabilities';
import { OrphanedOverrides } from '@/features/servers/components/server-detail/orphaned-overrides';

export function PromptsSection({ server }: { server: PortalServer }) {
  const merged = mergeCapabilities(server.prompts, server.updated_prompts, server.default_disabled);
  return (
    <section aria-labelledby="prompts-heading" className="flex flex-col gap-3">
      <h2 id="prompts-heading" className="text-lg font-semibold">
        Prompts <span className="text-muted-foreground">({merged.rows.length})</span>
      </h2>
      {merged.rows.length === 0 ? (
        <NoCapabilities noun="prompts" server={server} />
      ) : (
        <CapabilityTable caption={countCaption(merged.rows.length, merged.enabledCount, 'prompt')} rows={merged.rows} />
      )}
      <OrphanedOverrides noun="prompts" overrides={merged.orphans} />
    </section>
  );
}
