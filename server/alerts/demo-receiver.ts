import type { ReceivedAlert } from '../../src/lib/cloudflare/contract.ts';
import type { WebhookFetch } from './deliver-alerts.ts';
import { SIGNATURE_HEADER, verifySignature } from './signature.ts';

/** Never resolved over the network: deliveries to it are answered in-process. */
export const DEMO_RECEIVER_URL = 'http://alert-receiver.invalid/demo-channel';
const INBOX_SIZE = 50;

/**
 * The demo's stand-in for a Slack channel: it takes deliveries the way a receiver should (checking the signature over
 * the exact body), and keeps the last 50 for the dashboard to show.
 */
export function createDemoReceiver(secret: string, now: () => number = Date.now) {
  let inbox: ReceivedAlert[] = [];
  const fetch: WebhookFetch = async (url, init) => {
    if (url !== DEMO_RECEIVER_URL) return new Response('Unknown receiver', { status: 404 });
    const body = typeof init.body === 'string' ? init.body : '';
    const headers = new Headers(init.headers);
    const signatureValid = await verifySignature(secret, body, headers.get(SIGNATURE_HEADER));
    let parsed: { text?: unknown; event?: { id?: unknown; kind?: unknown } } = {};
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return new Response('Not JSON', { status: 400 });
    }
    const received: ReceivedAlert = {
      received_at: new Date(now()).toISOString(),
      event_id: String(parsed.event?.id ?? ''),
      kind: String(parsed.event?.kind ?? ''),
      text: String(parsed.text ?? ''),
      signature_valid: signatureValid,
    };
    inbox = [received, ...inbox].slice(0, INBOX_SIZE);
    return new Response('ok', { status: 200 });
  };
  return {
    fetch,
    inbox: (): ReceivedAlert[] => inbox,
    clear: () => {
      inbox = [];
    },
  };
}

export type DemoReceiver = ReturnType<typeof createDemoReceiver>;
