import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { DocumentTitle } from '@/components/document-title';
import { ErrorPanel } from '@/components/error-panel';
import { Skeleton } from '@/components/skeleton';
import { isAccountId } from '@/lib/cloudflare/contract';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';
import { clientConfigQuery } from '@/lib/client-config';

/** `/` opens the configured account's portals, or asks which account to open. */
export function HomePage() {
  const query = useQuery(clientConfigQuery);
  if (query.data?.accountId) return <Navigate replace to={paths.portals.getHref(query.data.accountId)} />;
  if (query.data) return <AccountPrompt />;
  if (query.error) {
    return (
      <ErrorPanel
        explanation={describeApiError(query.error, { kind: 'load-config' })}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <Skeleton className="h-24 w-full" />;
}

function AccountPrompt() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const accountId = value.trim().toLowerCase();
  const invalid = touched && !isAccountId(accountId);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (isAccountId(accountId)) void navigate(paths.portals.getHref(accountId));
  }

  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-3 rounded-xl border border-border bg-card p-5">
      <DocumentTitle title="Choose an account" />
      <h1 className="text-xl font-semibold">Which account?</h1>
      <p className="text-sm text-muted-foreground">
        No CLOUDFLARE_ACCOUNT_ID is configured. Enter the account id (32 hexadecimal characters, shown in the Cloudflare
        dashboard URL) to see its MCP server portals.
      </p>
      <label htmlFor="account-id" className="text-sm font-medium">
        Account id
      </label>
      <input
        id="account-id"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'account-id-error' : undefined}
        className="h-9 rounded-md border border-border bg-background px-3 font-mono text-sm"
        autoComplete="off"
        spellCheck={false}
      />
      {invalid ? (
        <p id="account-id-error" className="text-sm text-danger">
          An account id is exactly 32 characters, each 0–9 or a–f.
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-fit">
        Open account
      </Button>
    </form>
  );
}
