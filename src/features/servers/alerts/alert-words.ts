import type { BadgeTone } from '@/components/badge';
import type { AlertDelivery, ToolChanges } from '@/lib/cloudflare/contract';
import { formatDuration, formatRelative, parseTimestamp } from '@/lib/format-time';

const KINDS: Record<string, { title: string; tone: BadgeTone }> = {
  failing: { title: 'Failing', tone: 'danger' },
  reauth_required: { title: 'Needs re-authentication', tone: 'warning' },
  recovered: { title: 'Recovered', tone: 'success' },
  capabilities_changed: { title: 'Tools changed', tone: 'info' },
  test: { title: 'Test alert', tone: 'neutral' },
};

/** The alert's kind in words and colour; a kind this page does not know is shown as received. */
export function alertKind(kind: string): { title: string; tone: BadgeTone } {
  return KINDS[kind] ?? { title: kind, tone: 'neutral' };
}

const CONDITIONS: Record<string, string> = { ready: 'Ready', error: 'Error', reauth_required: 'Sync required' };

/** `from` and `to` in the status words the cards use. */
export function conditionWords(condition: string): string {
  return CONDITIONS[condition] ?? condition;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "+2 tools: a, b", "−1 prompt: triage", "changed: search (description, input schema)". */
export function toolChangeWords(changes: ToolChanges): string[] {
  const lines: string[] = [];
  const list = (sign: string, names: readonly string[], word: string) => {
    if (names.length > 0) lines.push(`${sign}${count(names.length, word)}: ${names.join(', ')}`);
  };
  list('+', changes.tools_added, 'tool');
  list('−', changes.tools_removed, 'tool');
  list('+', changes.prompts_added, 'prompt');
  list('−', changes.prompts_removed, 'prompt');
  const changed = [...changes.tools_changed, ...changes.prompts_changed];
  if (changed.length > 0) {
    lines.push(`changed: ${changed.map((entry) => `${entry.name} (${entry.changed.map((part) => part.replaceAll('_', ' ')).join(', ')})`).join('; ')}`);
  }
  return lines;
}

function ago(value: string | null, now: number): string {
  const date = value === null ? null : parseTimestamp(value);
  return date === null ? '' : ` ${formatRelative(date, now)}`;
}

function untilNext(value: string | null, now: number): string {
  const date = value === null ? null : parseTimestamp(value);
  if (date === null) return '';
  const wait = date.getTime() - now;
  return wait <= 1_000 ? '; trying again now' : `; next try in ${formatDuration(wait)}`;
}

/** One delivery in a sentence: delivered when, being retried and why, or given up and why. */
export function deliveryWords(delivery: AlertDelivery, now: number): string {
  switch (delivery.state) {
    case 'delivered':
      return `Delivered to ${delivery.target}${ago(delivery.delivered_at, now)}`;
    case 'failed':
      return `Not delivered to ${delivery.target}: ${delivery.last_error ?? 'gave up'}`;
    case 'pending':
      return delivery.last_error === null
        ? `Sending to ${delivery.target}…`
        : `Retrying ${delivery.target} (${count(delivery.attempts, 'attempt')} so far: ${delivery.last_error})${untilNext(delivery.next_attempt_at, now)}`;
    default:
      return `${delivery.target}: ${delivery.state}`;
  }
}

/** Slack's three escapes undone, for reading the text as the channel shows it. */
export function fromSlackText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
