import type { PortalCapabilityOverride } from '@/cloudflare-api/server-schema';

/** Overrides that outlived their capability: harmless, but worth cleaning up, and invisible anywhere else. */
export function OrphanedOverrides({ noun, overrides }: { noun: 'tools' | 'prompts'; overrides: PortalCapabilityOverride[] }) {
  if (overrides.length === 0) return null;
  return (
    <p className="text-sm text-muted-foreground">
      Overrides for {noun} that no longer exist upstream:{' '}
      {overrides.map((override, index) => (
        <span key={index}>
          {index > 0 ? ', ' : null}
          <code className="rounded bg-muted px-1 font-mono text-xs text-foreground">{override.name}</code>
        </span>
      ))}
    </p>
  );
}
