import { Badge } from '@/components/badge';
import { RelativeTime } from '@/components/relative-time';
import type { ReceivedAlert } from '@/lib/cloudflare/contract';
import { fromSlackText } from '@/features/servers/alerts/alert-words';

/** The demo's stand-in for a Slack channel: each message as the channel shows it, and whether its signature held. */
export function DemoReceiverInbox({ messages }: { messages: ReceivedAlert[] }) {
  return (
    <section aria-labelledby="demo-channel-heading" className="flex flex-col gap-2">
      <h2 id="demo-channel-heading" className="text-lg font-semibold">
        What the demo channel received
      </h2>
      <p className="text-sm text-muted-foreground">
        In demo mode alerts go to a receiver inside the dashboard that checks each signature as yours should. On a ready
        server&apos;s page, <strong>Simulate an outage</strong> and watch its alert arrive here.
      </p>
      {messages.length === 0 ? (
        <p className="rounded-xl border border-dashed border-border p-4 text-sm text-muted-foreground">Nothing received yet.</p>
      ) : (
        <ol aria-label="Messages, newest first" className="flex flex-col gap-2">
          {messages.map((message, index) => (
            <li key={`${message.event_id}-${message.received_at}-${index}`} className="rounded-xl border border-border bg-card p-3 text-sm">
              <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <RelativeTime value={message.received_at} />
                <Badge tone={message.signature_valid ? 'success' : 'danger'}>{message.signature_valid ? 'Signature verified' : 'Signature did not match'}</Badge>
              </div>
              <p className="break-words whitespace-pre-line">{fromSlackText(message.text)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
