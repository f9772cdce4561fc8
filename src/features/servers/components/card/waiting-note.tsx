import { useNow } from '@/hooks/use-now';
import { formatDuration } from '@/lib/format-time';

/** Cloudflare usually settles a sync within seconds; past this it is worth saying so, and offering to start again. */
export const WAITING_LONGER_THAN_USUAL_MS = 30_000;

/** How long a server has been `waiting`, measured from its last sync, or null when that is unknown. */
export function waitingForMs(lastSynced: string | null | undefined, now: number): number | null {
  const since = lastSynced ? Date.parse(lastSynced) : Number.NaN;
  return Number.isNaN(since) ? null : Math.max(0, now - since);
}

export function isWaitingLong(lastSynced: string | null | undefined, now: number): boolean {
  const waited = waitingForMs(lastSynced, now);
  return waited !== null && waited >= WAITING_LONGER_THAN_USUAL_MS;
}

/** "Waiting for 12 s: Cloudflare is fetching its tools and prompts", or, past the usual, that it is taking longer. */
export function WaitingNote({ lastSynced }: { lastSynced: string | null | undefined }) {
  const now = useNow();
  const waited = waitingForMs(lastSynced, now);
  const long = waited !== null && waited >= WAITING_LONGER_THAN_USUAL_MS;
  const duration = waited === null ? null : formatDuration(waited);
  if (long) {
    return (
      <p className="text-sm text-warning">
        <span className="font-semibold">Waiting for {duration}: longer than usual.</span> Cloudflare usually settles a sync
        within seconds. Sync to start it again.
      </p>
    );
  }
  return (
    <p className="text-sm text-muted-foreground">
      {duration ? `Waiting for ${duration}: ` : ''}Cloudflare is fetching its tools and prompts. This usually takes a few
      seconds.
    </p>
  );
}
