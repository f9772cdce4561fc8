import { RelativeTime } from '@/components/relative-time';
import type { CapabilityChange } from '@/lib/cloudflare/contract';
import { describeChanges } from '@/features/servers/capability-diff';

/** "+2 tools: a, b · −1 prompt: c", in the same words a sync's own "What changed" uses. */
export function describeCapabilityChange(change: CapabilityChange): string {
  return describeChanges({
    addedTools: change.tools_added,
    removedTools: change.tools_removed,
    addedPrompts: change.prompts_added,
    removedPrompts: change.prompts_removed,
  });
}

export function CapabilityChangeList({ changes }: { changes: readonly CapabilityChange[] }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">Capability changes</h3>
      {changes.length === 0 ? (
        <p className="text-sm text-muted-foreground">No tools or prompts were added or removed in this window.</p>
      ) : (
        <ol className="divide-y divide-border rounded-xl border border-border bg-card">
          {changes.map((change) => (
            <li key={change.observed_at} className="flex flex-col gap-0.5 px-4 py-2 text-sm sm:flex-row sm:gap-3">
              <span className="shrink-0 text-muted-foreground">
                <RelativeTime value={change.observed_at} />
              </span>
              <span className="break-words">{describeCapabilityChange(change)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
