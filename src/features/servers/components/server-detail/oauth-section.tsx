import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Alert, AlertTitle } from '@/components/alert';
import { Button } from '@/components/button';
import { CopyButton } from '@/components/copy-button';
import { Fact } from '@/components/fact-list';
import { Spinner } from '@/components/spinner';
import { describeApiError } from '@/lib/describe-api-error';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { serverQueries } from '@/features/servers/api/server-queries';
import { findRedirectUriMismatch, presentAuthMode, presentClientSecret, presentRedirectSource } from '@/features/servers/oauth-client';

interface OAuthSectionProps {
  accountId: string;
  portalId: string;
  portalHostname: string;
  server: PortalServer;
}

/** The two things an admin needs when an OAuth sign-in fails: the callback to register, and the client Cloudflare uses. */
export function OAuthSection({ accountId, portalId, portalHostname, server }: OAuthSectionProps) {
  const redirect = useQuery(serverQueries.effectiveRedirectUri(accountId, portalId, server.id));
  const summary = server.auth_config_summary;
  const mismatch = findRedirectUriMismatch(summary, redirect.data?.redirect_uri);
  const mismatchId = useId();
  const clientId = useId();

  return (
    <section aria-labelledby="oauth-heading" className="flex flex-col gap-3">
      <h2 id="oauth-heading" className="text-lg font-semibold">
        OAuth
      </h2>
      {mismatch ? (
        <Alert tone="warning" role="status" aria-labelledby={mismatchId}>
          <AlertTitle id={mismatchId} className="mb-1">
            The provider does not know the redirect URI this portal sends
          </AlertTitle>
          <p>
            This server&apos;s manual OAuth client was registered with other redirect URIs. Providers refuse a sign-in whose
            redirect URI is not registered exactly, so this is the likely cause of OAuth failures. Add the URI the portal
            sends to the client at the provider, and to the server&apos;s OAuth settings in Cloudflare One.
          </p>
          <dl className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-3">
            <dt className="font-medium">The portal sends</dt>
            <dd className="font-mono text-xs break-all">{mismatch.effective}</dd>
            <dt className="font-medium">Registered</dt>
            <dd className="font-mono text-xs break-all">{mismatch.registered.length > 0 ? mismatch.registered.join(', ') : 'none'}</dd>
          </dl>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-4 rounded-xl border border-border bg-card p-4">
        <div className="flex flex-col gap-1">
          <h3 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">Redirect URI to register at the OAuth provider</h3>
          {redirect.data ? (
            <>
              <p className="flex flex-wrap items-center gap-1 font-mono text-sm break-all">
                {redirect.data.redirect_uri}
                <CopyButton value={redirect.data.redirect_uri} label="Copy redirect URI" text="Copy" />
              </p>
              <p className="text-sm text-muted-foreground">{presentRedirectSource(redirect.data.source, portalHostname)}</p>
            </>
          ) : redirect.error ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <p className="text-muted-foreground">
                Could not read it: {describeApiError(redirect.error, { kind: 'read-redirect-uri', serverName: server.name }).title}. The rest of this
                page is unaffected.
              </p>
              <Button size="sm" variant="ghost" onClick={() => void redirect.refetch()} disabled={redirect.isFetching}>
                Try again
              </Button>
            </div>
          ) : (
            <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
              <Spinner /> Reading the redirect URI…
            </p>
          )}
        </div>
        {summary ? (
          <div role="group" aria-labelledby={clientId} className="flex flex-col gap-2">
            <h3 id={clientId} className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
              OAuth client
            </h3>
            <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <Fact label="Client mode">{presentAuthMode(summary.auth_mode)}</Fact>
              <Fact label="Client id">
                {summary.registration_info?.client_id ? (
                  <span className="inline-flex flex-wrap items-center font-mono text-xs break-all">
                    {summary.registration_info.client_id}
                    <CopyButton value={summary.registration_info.client_id} label="Copy client id" />
                  </span>
                ) : (
                  <span className="text-muted-foreground">Not reported</span>
                )}
              </Fact>
              <Fact label="Client secret">{presentClientSecret(summary)}</Fact>
              <Fact label="Scopes">
                {summary.registration_info?.scope ? <span className="font-mono text-xs">{summary.registration_info.scope}</span> : <span className="text-muted-foreground">Not reported</span>}
              </Fact>
              <Fact label="Issuer">
                <UrlText value={summary.config?.issuer} />
              </Fact>
              <Fact label="Token endpoint">
                <UrlText value={summary.config?.token_endpoint} />
              </Fact>
              {summary.registration_info?.redirect_uris ? (
                <Fact label="Registered redirect URIs" className="sm:col-span-2 lg:col-span-3">
                  {summary.registration_info.redirect_uris.length > 0 ? (
                    <ul className="font-mono text-xs">
                      {summary.registration_info.redirect_uris.map((uri) => (
                        <li key={uri} className="break-all">
                          {uri}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted-foreground">None</span>
                  )}
                </Fact>
              ) : null}
            </dl>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Cloudflare sent no summary of this server&apos;s OAuth client.</p>
        )}
      </div>
    </section>
  );
}

/** Endpoints come from the API: shown as text, never as links, since the admin copies rather than visits them. */
function UrlText({ value }: { value: string | null | undefined }) {
  return value ? <span className="font-mono text-xs break-all">{value}</span> : <span className="text-muted-foreground">Not reported</span>;
}
