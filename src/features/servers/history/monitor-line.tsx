import { RelativeTime } from '@/components/relative-time';
import type { MonitorStatus } from '@/lib/cloudflare/contract';
import { formatDuration } from '@/lib/format-time';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Where the history comes from and how fresh it is: the monitor's rhythm, its last sweep and where it keeps history. */
export function MonitorLine({ monitor }: { monitor: MonitorStatus }) {
  if (monitor.interval_seconds <= 0) {
    return <p className="text-xs text-muted-foreground">Seeded demo history: no monitor runs in the static demo, so only the syncs you make here are added.</p>;
  }
  const sweep = monitor.last_sweep;
  return (
    <p className="text-xs text-muted-foreground">
      The monitor reads every portal every {formatDuration(monitor.effective_interval_seconds * 1000)}
      {monitor.stretched_because ? ` (stretched from ${formatDuration(monitor.interval_seconds * 1000)}: ${monitor.stretched_because})` : ''}.{' '}
      {sweep ? (
        <>
          Last sweep <RelativeTime value={sweep.finished_at} />: {plural(sweep.requests, 'Cloudflare request')},{' '}
          {sweep.outcome === 'complete' ? 'complete' : `failed (${sweep.error ?? sweep.outcome})`}.{' '}
        </>
      ) : (
        'No sweep has finished yet. '
      )}
      History is kept {plural(monitor.retention_days, 'day')} in {monitor.store}.
    </p>
  );
}
