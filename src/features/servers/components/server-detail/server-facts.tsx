import { ChangeStamp, Fact } from '@/components/fact-list';
import { RelativeTime } from '@/components/relative-time';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { presentAuthType } from '@/features/servers/server-status';
import { presentAuthenticationStatus, presentDefaultDisabled, presentFlag } from '@/features/servers/server-settings';

/** Everything else the portal's API answer says about the server, in words. */
export function ServerFacts({ server }: { server: PortalServer }) {
  return (
    <section aria-labelledby="facts-heading" className="flex flex-col gap-3">
      <h2 id="facts-heading" className="sr-only">
        Details
      </h2>
      <dl className="grid grid-cols-1 gap-4 rounded-xl border border-border bg-card p-4 sm:grid-cols-2 lg:grid-cols-3">
        <Fact label="Description" className="sm:col-span-2 lg:col-span-3">
          {server.description ? (
            <span className="whitespace-pre-line">{server.description}</span>
          ) : (
            <span className="text-muted-foreground">No description</span>
          )}
        </Fact>
        <Fact label="Auth type">{presentAuthType(server.auth_type)}</Fact>
        <Fact label="Authentication status">{presentAuthenticationStatus(server.authentication_status)}</Fact>
        <Fact label="Tools and prompts">{presentDefaultDisabled(server.default_disabled)}</Fact>
        <Fact label="Last synced">
          <RelativeTime value={server.last_synced} />
        </Fact>
        <Fact label="Last successful sync">
          <RelativeTime value={server.last_successful_sync} />
        </Fact>
        <Fact label="On behalf of users">{presentFlag(server.on_behalf, 'Yes', 'No')}</Fact>
        <Fact label="Created">
          <ChangeStamp at={server.created_at} by={server.created_by} />
        </Fact>
        <Fact label="Modified">
          <ChangeStamp at={server.modified_at} by={server.modified_by} />
        </Fact>
        <Fact label="Secure Web Gateway">
          {presentFlag(server.secure_web_gateway, 'On: outbound MCP traffic goes through Secure Web Gateway', 'Off')}
        </Fact>
        <Fact label="Shared OAuth callback">{presentFlag(server.is_shared_oauth_callback_enabled, 'Enabled', 'Disabled')}</Fact>
      </dl>
    </section>
  );
}
