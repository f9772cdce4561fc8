import { Badge } from '@/components/badge';
import type { CapabilityLevel, CapabilityRow } from '@/features/servers/capability-overrides';

interface CapabilityTableProps {
  caption: string;
  rows: CapabilityRow[];
}

const LEVEL_TITLES: Record<CapabilityLevel, string> = {
  portal: 'Set by this portal',
  server: 'Set on the server, for every portal',
  upstream: 'As the MCP server reports it',
};

/** One row per capability, as portal users experience it, with where each value came from. */
export function CapabilityTable({ caption, rows }: CapabilityTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-border bg-card">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="caption-top border-b border-border px-4 py-2 text-left text-sm text-muted-foreground">{caption}</caption>
        <thead className="bg-muted/50 text-xs tracking-wide text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="w-[30%] px-4 py-2 font-medium">
              Name users see
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Description users see
            </th>
            <th scope="col" className="w-40 px-4 py-2 font-medium">
              Enabled
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row, index) => (
            // Upstream names may repeat or be missing, so position is the only stable key.
            <tr key={index} className={row.enabled ? undefined : 'bg-muted/30'}>
              <th scope="row" className="px-4 py-2 align-top font-normal">
                <NameCell row={row} />
              </th>
              <td className="px-4 py-2 align-top">
                <DescriptionCell row={row} />
              </td>
              <td className="px-4 py-2 align-top">
                <EnabledCell row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NameCell({ row }: { row: CapabilityRow }) {
  const unnamed = row.name === null;
  return (
    <div className="flex flex-col gap-0.5">
      <span className={unnamed ? 'text-muted-foreground italic' : 'font-mono font-medium [overflow-wrap:anywhere]'}>{row.visibleName}</span>
      {row.name !== null && row.visibleName !== row.name ? (
        <span className="text-xs text-muted-foreground [overflow-wrap:anywhere]">
          <span className="font-mono">upstream: {row.name}</span>
          <span> · {row.nameSource} alias</span>
        </span>
      ) : null}
    </div>
  );
}

function DescriptionCell({ row }: { row: CapabilityRow }) {
  if (row.description === null || row.descriptionSource === null) {
    return <span className="text-muted-foreground">No description</span>;
  }
  return (
    <div className="flex flex-col items-start gap-1">
      <span className="break-words whitespace-pre-line">{row.description}</span>
      <span
        title={LEVEL_TITLES[row.descriptionSource]}
        className={
          // Overrides are what an admin looks for; the upstream default stays quiet. The word says it either way.
          row.descriptionSource === 'upstream'
            ? 'text-[0.7rem] leading-4 text-muted-foreground'
            : 'rounded border border-info/30 bg-info-soft px-1.5 text-[0.7rem] leading-4 font-medium text-info'
        }
      >
        <span className="sr-only">Description from: </span>
        {row.descriptionSource}
      </span>
    </div>
  );
}

function EnabledCell({ row }: { row: CapabilityRow }) {
  return (
    <div className="flex flex-col items-start gap-0.5">
      <Badge tone={row.enabled ? 'success' : 'neutral'}>
        <span aria-hidden="true">{row.enabled ? '✓' : '✕'}</span>
        {row.enabled ? 'Enabled' : 'Disabled'}
      </Badge>
      <span className="text-xs text-muted-foreground">{row.enabledSource === 'override' ? 'override' : 'default'}</span>
    </div>
  );
}
