import type { PortalServer } from '@/cloudflare-api/server-schema';
import { triageServer } from '@/features/servers/triage';
import { triageNextStep } from '@/features/servers/triage-steps';

/** The kind of problem and the one next step, where the server has one; nothing for a healthy server. */
export function TriageNote({ server }: { server: PortalServer }) {
  const triage = triageServer(server);
  if (!triage) return null;
  return (
    <p className="rounded-md border border-border bg-muted px-3 py-2 text-sm">
      <span className="font-semibold">{triage.label}:</span> {triageNextStep(triage, server)}
    </p>
  );
}
