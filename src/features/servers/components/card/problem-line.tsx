import type { PortalServer } from '@/cloudflare-api/server-schema';
import type { Triage } from '@/features/servers/triage';
import { triageStep } from '@/features/servers/triage-steps';

/** Long enough for any real cause; a runaway one is cut here and shown whole under "Error details" and in the tooltip. */
const CAUSE_SHOWN = 240;

/** A failing card says it once: the kind of problem, the cause, and the next step, in one sentence. */
export function ProblemLine({ triage, server }: { triage: Triage; server: PortalServer }) {
  const trimmed = triage.cause?.replace(/[.\s]+$/, '');
  const cause = trimmed && trimmed.length > CAUSE_SHOWN ? `${trimmed.slice(0, CAUSE_SHOWN)}…` : trimmed;
  return (
    <p className="text-sm break-words">
      <span className="font-semibold">{triage.label}</span>
      {cause ? (
        <>
          {': '}
          <span className="wrap-anywhere" title={triage.cause ?? undefined}>
            {cause}
          </span>
        </>
      ) : null}
      {'. '}
      <span className="text-muted-foreground">{triageStep(triage, server)}</span>
    </p>
  );
}
