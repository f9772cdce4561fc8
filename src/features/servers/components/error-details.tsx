import type { ErrorDetails } from '@/cloudflare-api/server-schema';
import { describeMcpCode } from '@/features/servers/server-status';

interface ErrorDetailsViewProps {
  error: string | null | undefined;
  details: ErrorDetails | null | undefined;
}

function reachability(isUpstream: boolean | null | undefined): string | null {
  if (isUpstream === true) return 'The MCP server was reached and answered with an error.';
  if (isUpstream === false) return 'The MCP server could not be reached: no answer came back from it.';
  return null;
}

function retryAdvice(retryable: boolean | null | undefined): { label: string; advice: string } | null {
  if (retryable === true) {
    return { label: 'Retryable', advice: 'This looks temporary. Syncing again may succeed without any change on your side.' };
  }
  if (retryable === false) {
    return {
      label: 'Not retryable',
      advice: 'Syncing again will fail the same way until the MCP server or its configuration in Cloudflare is fixed.',
    };
  }
  return null;
}

/** Everything Cloudflare said about a failure, in words. All values are rendered as text. */
export function ErrorDetailsView({ error, details }: ErrorDetailsViewProps) {
  const where = reachability(details?.is_upstream);
  const retry = retryAdvice(details?.retryable);
  const mcpCode = details?.mcp_code;
  const statusCode = details?.status_code;
  return (
    <div className="flex flex-col gap-2">
      {error ? (
        <p className="font-medium wrap-anywhere">
          {error}
        </p>
      ) : null}
      {where ? <p>{where}</p> : null}
      {details?.cause ? (
        <p className="wrap-anywhere">
          <span className="text-muted-foreground">Cause: </span>
          <code className="rounded bg-background/60 px-1 font-mono text-xs">{details.cause}</code>
        </p>
      ) : null}
      {mcpCode != null || statusCode != null ? (
        <dl className="flex flex-wrap gap-x-4 gap-y-1">
          {mcpCode != null ? (
            <div className="flex gap-1">
              <dt className="text-muted-foreground">MCP error code</dt>
              <dd className="font-mono">{describeMcpCode(mcpCode)}</dd>
            </div>
          ) : null}
          {statusCode != null ? (
            <div className="flex gap-1">
              <dt className="text-muted-foreground">HTTP status</dt>
              <dd className="font-mono">{statusCode}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {retry ? (
        <p>
          <span className="font-semibold">{retry.label}.</span> {retry.advice}
        </p>
      ) : null}
    </div>
  );
}
