import { Button } from '@/components/button';
import { Spinner } from '@/components/spinner';

interface SyncButtonProps {
  serverName: string;
  pending: boolean;
  /** The last failure was transient: the same request is the fix, so the button says so. */
  retry?: boolean;
  /**
   * An admin must sign in again before a sync can fetch anything: the button stays (it is the second step) but is not
   * the primary action, and says that it comes after re-authenticating.
   */
  afterReauthentication?: boolean;
  /** Primary when syncing is the next step; outline beside another next step; ghost (quiet) on a healthy server. */
  variant?: 'primary' | 'outline' | 'ghost';
  onSync: () => void;
}

export function SyncButton({ serverName, pending, retry = false, afterReauthentication = false, variant, onSync }: SyncButtonProps) {
  const verb = retry ? 'Retry' : 'Sync';
  const label = afterReauthentication ? `${verb} ${serverName} after re-authenticating` : `${verb} ${serverName}`;
  return (
    <Button
      variant={variant ?? (afterReauthentication ? 'outline' : 'primary')}
      size="sm"
      onClick={onSync}
      disabled={pending}
      aria-label={pending ? `Syncing ${serverName}` : label}
      className="min-w-24"
    >
      {pending ? <Spinner /> : <SyncIcon />}
      {pending ? 'Syncing…' : afterReauthentication ? `${verb} after re-auth` : verb}
    </Button>
  );
}

function SyncIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M21 12a9 9 0 0 1-15.5 6.2L3 16" />
      <path d="M3 12a9 9 0 0 1 15.5-6.2L21 8" />
      <path d="M21 3v5h-5M3 21v-5h5" />
    </svg>
  );
}
