import type { UnreadableServer } from '@/cloudflare-api/portal-schema';
import { ProblemCard } from '@/features/servers/components/problem-card';

/** How the admin can recognise the entry in Cloudflare One: its name, else its id, else its place in the list. */
export function unreadableServerLabel(server: UnreadableServer): string {
  return server.name ?? server.id ?? `Server #${server.index + 1}`;
}

/** Stands in for a server the API described in a shape the dashboard cannot read; the other servers are unaffected. */
export function UnreadableServerCard({ server }: { server: UnreadableServer }) {
  const label = unreadableServerLabel(server);
  return (
    <ProblemCard
      title={label}
      badge="Unreadable"
      subtitle={server.id && server.id !== label ? <p className="font-mono text-xs break-all text-muted-foreground">{server.id}</p> : null}
    >
      <p>
        Cloudflare described this server (entry {server.index + 1} of the portal) in a shape the dashboard cannot
        read, so its state is unknown here. The other servers are shown as usual.
      </p>
      <ul className="flex flex-col gap-1 font-mono text-xs break-words text-muted-foreground">
        {server.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>Check the server in Cloudflare One › Access › AI controls. If it looks right there, the API has changed: report the fields above.</p>
    </ProblemCard>
  );
}
