import { useQuery } from '@tanstack/react-query';
import { useSearchParamsWriter } from '@/lib/use-search-params-writer';
import { Alert, AlertTitle } from '@/components/alert';
import { Badge } from '@/components/badge';
import { Button } from '@/components/button';
import { RelativeTime } from '@/components/relative-time';
import { Skeleton } from '@/components/skeleton';
import { useNow } from '@/hooks/use-now';
import { HISTORY_WINDOWS, type HistoryWindow, type ServerHistory } from '@/lib/cloudflare/contract';
import { CapabilityChangeList } from '@/features/servers/history/capability-change-list';
import { historyQueries } from '@/features/servers/history/history-queries';
import { HistoryStrip } from '@/features/servers/history/history-strip';
import { MonitorLine } from '@/features/servers/history/monitor-line';
import { formatPercent, WINDOW_LABELS } from '@/features/servers/history/strip-summary';
import { sinceLabel } from '@/features/servers/history/history-words';
import { STATUS_TERMS, statusKeyOf } from '@/cloudflare-api/server-health';
import { TransitionList } from '@/features/servers/history/transition-list';
import { WindowSwitch } from '@/features/servers/history/window-switch';

/** The window lives in the address (`?history=30d`), so a link shows what its sender saw. */
const WINDOW_PARAM = 'history';
const DEFAULT_WINDOW: HistoryWindow = '7d';

function useHistoryWindow(): [HistoryWindow, (window: HistoryWindow) => void] {
  const [params, write] = useSearchParamsWriter();
  const raw = params.get(WINDOW_PARAM);
  const window = HISTORY_WINDOWS.find((candidate) => candidate === raw) ?? DEFAULT_WINDOW;
  const setWindow = (next: HistoryWindow) =>
    write((updated) => {
      if (next === DEFAULT_WINDOW) updated.delete(WINDOW_PARAM);
      else updated.set(WINDOW_PARAM, next);
      return { next: updated, replace: true, preventScrollReset: true };
    });
  return [window, setWindow];
}

interface StatusHistorySectionProps {
  accountId: string;
  portalId: string;
  serverId: string;
}

/** What the monitor recorded about this server: availability, every transition, and changes to its tools and prompts. */
export function StatusHistorySection({ accountId, portalId, serverId }: StatusHistorySectionProps) {
  const query = useQuery(historyQueries.server(accountId, portalId, serverId));
  const [window, setWindow] = useHistoryWindow();
  const history = query.data;
  const showSwitch = history?.monitor.enabled === true && history.windows.length > 0;

  return (
    <section aria-labelledby="status-history-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="status-history-heading" className="text-lg font-semibold">
          Status history
        </h2>
        {showSwitch ? <WindowSwitch value={window} onChange={setWindow} /> : null}
      </div>
      {query.isError ? (
        <Alert tone={history ? 'warning' : 'danger'} role="alert">
          <AlertTitle>{history ? 'The status history could not be refreshed.' : 'The status history could not be read.'}</AlertTitle>
          <p className="mt-1">
            {history ? 'What is shown below is from the last successful read. ' : ''}
            The history comes from the dashboard&apos;s own store, not Cloudflare: the live status above is unaffected.
          </p>
          <p className="mt-1 font-mono text-xs break-words text-muted-foreground">{query.error.message}</p>
          <Button size="sm" className="mt-2" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? 'Retrying…' : 'Retry'}
          </Button>
        </Alert>
      ) : null}
      {history ? <HistoryBody history={history} window={window} /> : query.isPending ? <HistorySkeleton /> : null}
    </section>
  );
}

function HistorySkeleton() {
  return (
    <div className="flex flex-col gap-2" role="status" aria-label="Loading status history">
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-8 w-full" />
    </div>
  );
}

function HistoryBody({ history, window }: { history: ServerHistory; window: HistoryWindow }) {
  const now = useNow();
  const { monitor } = history;
  if (!monitor.enabled) {
    return (
      <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
        History is off: the monitor is disabled (<code>MONITOR_INTERVAL_SECONDS=0</code>), so nothing is recorded and
        this page shows only what Cloudflare reports now. Set <code>MONITOR_INTERVAL_SECONDS</code> (300 is the default)
        and restart the dashboard to record status history.
      </p>
    );
  }
  const current = history.windows.find((candidate) => candidate.window === window);
  if (history.portal_id === null || current === undefined) {
    return (
      <div className="flex flex-col gap-2">
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">
          The monitor has not observed this server yet. Its next sweep records the server, and its history builds from there.
        </p>
        <MonitorLine monitor={monitor} />
      </div>
    );
  }
  const from = Date.parse(current.segments[0]?.start ?? '');
  const spans = history.spans.filter((span) => Date.parse(span.ended_at ?? span.last_seen_at) >= from || span.ended_at === null);
  const changes = history.capability_changes.filter((change) => Date.parse(change.observed_at) >= from);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p>
          <span className="text-2xl font-semibold tabular-nums">{current.percent === null ? '—' : formatPercent(current.percent)}</span>{' '}
          <span className="text-muted-foreground">
            {current.percent === null ? `not observed in the ${WINDOW_LABELS[window].toLowerCase()}` : `available, ${WINDOW_LABELS[window].toLowerCase()}`}
          </span>
        </p>
        {history.failing_since ? (
          <Badge tone={STATUS_TERMS[statusKeyOf(history.spans[0]?.status)].tone}>
            {sinceLabel(history.spans[0]?.status)} <RelativeTime value={history.failing_since} />
          </Badge>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <HistoryStrip label={WINDOW_LABELS[window]} segments={current.segments} />
        <div className="flex justify-between text-xs text-muted-foreground" aria-hidden="true">
          <span>{WINDOW_LABELS[window].replace('Last ', '')} ago</span>
          <span>now</span>
        </div>
        <StripLegend />
      </div>
      <p className="text-sm text-muted-foreground">
        Availability is the time this server was <strong className="font-medium">ready</strong> divided by the time the
        monitor observed it. Waiting, Sync required, errors and unknown states count against it; time nobody observed
        (dashed) counts neither way.
      </p>
      <TransitionList spans={spans} now={now} />
      <CapabilityChangeList changes={changes} />
      <MonitorLine monitor={monitor} />
    </div>
  );
}

const LEGEND = [
  ['bg-success', 'ready'],
  ['bg-info', 'waiting'],
  ['bg-warning', 'Sync required or unknown'],
  ['bg-danger', 'error'],
  ['bg-muted-foreground/60', 'not synced yet'],
  ['border border-dashed border-muted-foreground/50', 'not observed'],
] as const;

function StripLegend() {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground" aria-label="Strip colours">
      {LEGEND.map(([swatch, label]) => (
        <li key={label} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block size-2.5 rounded-xs ${swatch}`} />
          {label}
        </li>
      ))}
    </ul>
  );
}
