import { useEffect, useState } from 'react';
import { Alert } from '@/components/alert';
import { useSyncPause } from '@/features/servers/api/rate-limit-gate';
import { formatClockTime } from '@/lib/format-time';

const TICK_MS = 250;

/** A visible countdown while Cloudflare's Retry-After holds syncs back. */
export function RateLimitNotice() {
  const pause = useSyncPause();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (pause.until <= Date.now()) return;
    const tick = () => setNow(Date.now());
    // The first tick at once: `now` may date from long before this pause began.
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= pause.until) clearInterval(timer);
    }, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [pause]);

  if (pause.until <= now) return null;
  // Until the first tick lands, `now` can be stale; the wait never reads longer than Cloudflare asked for.
  const seconds = Math.min(pause.seconds, Math.ceil((pause.until - now) / 1000));
  const resume = new Date(pause.until);
  return (
    <Alert tone="warning" role="status">
      <p>
        <span className="font-semibold">Cloudflare is rate limiting syncs.</span> Waiting {seconds} s as it asked (Retry-After);
        the paused syncs continue on their own at <time dateTime={resume.toISOString()}>{formatClockTime(resume)}</time>.
      </p>
    </Alert>
  );
}
