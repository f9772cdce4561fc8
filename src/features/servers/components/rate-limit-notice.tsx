import { useEffect, useState } from 'react';
import { Alert } from '@/components/alert';
import { useSyncPause } from '@/features/servers/api/rate-limit-gate';

/** A visible countdown while Cloudflare's Retry-After holds syncs back. */
export function RateLimitNotice() {
  const pausedUntil = useSyncPause();
  const [now, setNow] = useState(() => Date.now());
  const paused = pausedUntil > now;

  useEffect(() => {
    if (pausedUntil <= Date.now()) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= pausedUntil) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [pausedUntil]);

  if (!paused) return null;
  const seconds = Math.ceil((pausedUntil - now) / 1000);
  return (
    <Alert tone="warning" role="status">
      <p>
        <span className="font-semibold">Cloudflare is rate limiting syncs.</span> Waiting {seconds} s as it asked (Retry-After),
        then the paused syncs continue on their own.
      </p>
    </Alert>
  );
}
