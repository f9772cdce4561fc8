import { useState } from 'react';
import { Button } from '@/components/button';
import { RelativeTime } from '@/components/relative-time';
import { needsReauthentication } from '@/cloudflare-api/server-health';
import type { StatusSpan } from '@/lib/cloudflare/contract';
import { formatDuration } from '@/lib/format-time';
import { ServerStatusBadge } from '@/features/servers/components/server-status-badge';

/** Enough for a day or two of a flapping server; the rest one click away. */
const FIRST_SHOWN = 8;
/** A shorter pause between two spans is a sweep's rhythm, not the monitor being away. */
const GAP_SHOWN_FROM_MS = 60_000;

type Entry = { kind: 'span'; span: StatusSpan } | { kind: 'gap'; from: string; to: string };

/** Newest first, with the time the monitor was away between two spans said out loud. */
function entries(spans: readonly StatusSpan[]): Entry[] {
  return spans.flatMap((span, index): Entry[] => {
    const older = spans[index + 1];
    const olderEnd = older ? (older.ended_at ?? older.last_seen_at) : null;
    const gap = olderEnd !== null && Date.parse(span.started_at) - Date.parse(olderEnd) >= GAP_SHOWN_FROM_MS;
    return gap ? [{ kind: 'span', span }, { kind: 'gap', from: olderEnd, to: span.started_at }] : [{ kind: 'span', span }];
  });
}

/** Every change of state in the window, with when it began, how long it lasted and the error it carried. */
export function TransitionList({ spans, now }: { spans: readonly StatusSpan[]; now: number }) {
  const [showAll, setShowAll] = useState(false);
  const all = entries(spans);
  const shown = showAll ? all : all.slice(0, FIRST_SHOWN);
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold">Transitions</h3>
      {all.length === 0 ? (
        <p className="text-sm text-muted-foreground">No observations in this window.</p>
      ) : (
        <ol className="divide-y divide-border rounded-xl border border-border bg-card">
          {shown.map((entry) =>
            entry.kind === 'gap' ? (
              <li key={`gap-${entry.to}`} className="px-4 py-2 text-sm text-muted-foreground">
                <span aria-hidden="true">┄ </span>
                Not observed for {formatDuration(Date.parse(entry.to) - Date.parse(entry.from))}: the monitor was not
                running. That time counts neither for nor against availability.
              </li>
            ) : (
              <SpanItem key={`${entry.span.started_at}-${entry.span.status ?? ''}`} span={entry.span} now={now} />
            ),
          )}
        </ol>
      )}
      {all.length > FIRST_SHOWN ? (
        <Button size="sm" variant="ghost" className="w-fit" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? 'Show fewer' : `Show all ${all.length}`}
        </Button>
      ) : null}
    </div>
  );
}

function SpanItem({ span, now }: { span: StatusSpan; now: number }) {
  const ongoing = span.ended_at === null;
  const lasted = (ongoing ? now : Date.parse(span.ended_at ?? span.last_seen_at)) - Date.parse(span.started_at);
  const signInExpired = needsReauthentication(span);
  return (
    <li className="flex flex-col gap-1 px-4 py-2 text-sm">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <ServerStatusBadge status={span.status} />
        <span>
          {ongoing ? 'since' : 'from'} <RelativeTime value={span.started_at} />
        </span>
        <span className="text-muted-foreground">
          · {ongoing ? `ongoing, ${formatDuration(Math.max(0, lasted))} so far` : `lasted ${formatDuration(Math.max(0, lasted))}`}
        </span>
      </div>
      {signInExpired ? (
        <p className="text-warning">Admin sign-in needed (authentication {span.authentication_status ?? 'unknown'})</p>
      ) : null}
      {span.error ? <p className="break-words text-muted-foreground">{span.error}</p> : null}
    </li>
  );
}
