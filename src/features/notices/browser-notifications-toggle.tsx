import { Button } from '@/components/button';
import {
  disableBrowserNotifications,
  enableBrowserNotifications,
  useBrowserNotificationState,
} from '@/features/notices/browser-notifications';

/** Turns desktop notifications of status changes on or off; says why when the browser will not show them. */
export function BrowserNotificationsToggle() {
  const state = useBrowserNotificationState();
  if (state === 'unsupported') return null;
  if (state === 'blocked') {
    return <p className="text-xs text-muted-foreground">Browser notifications are blocked for this site in the browser's settings.</p>;
  }
  return state === 'on' ? (
    <Button size="sm" variant="ghost" aria-pressed="true" onClick={disableBrowserNotifications}>
      Browser notifications: on
    </Button>
  ) : (
    <Button size="sm" variant="ghost" aria-pressed="false" onClick={() => void enableBrowserNotifications()}>
      {/* On a phone the header row has room for "Notify me"; the rest stays in the button's name for screen readers. */}
      {/* One text run: the button lays out its children with a gap, which would split the sentence. */}
      <span>
        Notify me<span className="max-sm:sr-only"> of status changes</span>
      </span>
    </Button>
  );
}
