import { useState } from 'react';
import { useSearchParamsWriter } from '@/lib/use-search-params-writer';
import { Button } from '@/components/button';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { mergeCapabilities } from '@/features/servers/capability-overrides';
import { filterCapabilityRows } from '@/features/servers/capability-search';
import { CapabilityTable } from '@/features/servers/components/server-detail/capability-table';
import { countCaption } from '@/features/servers/components/server-detail/capability-counts';
import { NoCapabilities } from '@/features/servers/components/server-detail/no-capabilities';
import { OrphanedOverrides } from '@/features/servers/components/server-detail/orphaned-overrides';
import { ToolSearch } from '@/features/servers/components/server-detail/tool-search';

export const TOOL_SEARCH_PARAM = 'tools';

export function ToolsSection({ server }: { server: PortalServer }) {
  const [searchParams, write] = useSearchParamsWriter();
  // The router commits URL changes in a transition, later than keystrokes arrive; binding the input to the URL
  // would drop characters. The input owns the query and the URL mirrors it, so a reload restores it.
  const [query, setQuery] = useState(() => searchParams.get(TOOL_SEARCH_PARAM) ?? '');
  const changeQuery = (next: string) => {
    setQuery(next);
    // Each keystroke is not a place to go Back to.
    write((params) => {
      if (next.trim() === '') params.delete(TOOL_SEARCH_PARAM);
      else params.set(TOOL_SEARCH_PARAM, next);
      return { next: params, replace: true };
    });
  };

  const merged = mergeCapabilities(server.tools, server.updated_tools, server.default_disabled);
  const visible = filterCapabilityRows(merged.rows, query);
  const searching = query.trim() !== '';
  const caption =
    countCaption(merged.rows.length, merged.enabledCount, 'tool') + (searching ? ` · ${visible.length} match “${query.trim()}”` : '');

  return (
    <section aria-labelledby="tools-heading" className="flex flex-col gap-3">
      <h2 id="tools-heading" className="text-lg font-semibold">
        Tools <span className="text-muted-foreground">({merged.rows.length})</span>
      </h2>
      {merged.rows.length === 0 ? (
        <NoCapabilities noun="tools" server={server} />
      ) : (
        <>
          <ToolSearch value={query} onChange={changeQuery} />
          {visible.length === 0 ? (
            <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-border p-6 text-center">
              <p role="status" className="break-words text-muted-foreground">
                No tools match “{query.trim()}”
              </p>
              <Button size="sm" onClick={() => changeQuery('')}>
                Clear
              </Button>
            </div>
          ) : (
            <CapabilityTable caption={caption} rows={visible} />
          )}
        </>
      )}
      <OrphanedOverrides noun="tools" overrides={merged.orphans} />
    </section>
  );
}
