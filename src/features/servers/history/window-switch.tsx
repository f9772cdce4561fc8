import { Button } from '@/components/button';
import { HISTORY_WINDOWS, type HistoryWindow } from '@/lib/cloudflare/contract';

const SHORT_LABELS: Record<HistoryWindow, string> = { '24h': '24 hours', '7d': '7 days', '30d': '30 days' };

/** Toggle buttons, one pressed: the window the strip, availability and lists below cover. */
export function WindowSwitch({ value, onChange }: { value: HistoryWindow; onChange: (window: HistoryWindow) => void }) {
  return (
    <div role="group" aria-label="Time window" className="inline-flex rounded-lg border border-border bg-card p-0.5">
      {HISTORY_WINDOWS.map((window) => (
        <Button
          key={window}
          size="sm"
          variant={window === value ? 'primary' : 'ghost'}
          aria-pressed={window === value}
          onClick={() => onChange(window)}
        >
          {SHORT_LABELS[window]}
        </Button>
      ))}
    </div>
  );
}
