import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { DocumentTitle } from '@/components/document-title';
import { buttonVariants } from '@/components/button';
import { paths } from '@/lib/paths';
import { PageCodeError } from '@/app/page-code';

/** Thrown by a route for ids the API would reject, so no request is made for them. */
export class InvalidIdError extends Error {
  override name = 'InvalidIdError';
  /** Thrown on purpose to show the explanation below; reportCaughtError does not log it. */
  readonly expected = true;
  constructor(
    readonly label: string,
    readonly value: string,
    readonly rule: string,
  ) {
    super(`Invalid ${label} "${value}"`);
  }
}

export function NotFoundPage() {
  return (
    <div className="flex flex-col items-start gap-3">
      <DocumentTitle title="Page not found" />
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">There is no page at this address. The link may be mistyped or out of date.</p>
      <Link to={paths.home.getHref()} className={buttonVariants({ variant: 'primary' })}>
        Go to the portal list
      </Link>
    </div>
  );
}

/** What a route shows instead of its page when rendering it threw. */
export function RouteErrorView({ error }: { error: Error }) {
  if (error instanceof InvalidIdError) {
    return (
      <Alert role="alert" className="p-5">
        <DocumentTitle title={`Invalid ${error.label}`} />
        <h1 className="text-lg font-semibold">Invalid {error.label}</h1>
        <p className="mt-1 break-all">
          “{error.value}” is not a valid {error.label}: {error.rule} Nothing was requested from Cloudflare.
        </p>
        <Link to={paths.home.getHref()} className={buttonVariants({ size: 'sm', className: 'mt-3' })}>
          Go to the portal list
        </Link>
      </Alert>
    );
  }
  if (error instanceof PageCodeError) {
    return (
      <Alert role="alert" className="p-5">
        <DocumentTitle title="Page could not be loaded" />
        <h1 className="text-lg font-semibold">This page could not be loaded</h1>
        <p className="mt-1">
          The dashboard’s code for this page did not arrive: the connection dropped, or the dashboard was updated since
          this tab was opened and the file it asked for is gone. Nothing was changed in Cloudflare.
        </p>
        <p className="mt-1">Reload to get the current version of the dashboard.</p>
        <p className="mt-2 font-mono text-xs break-words">{error.message}</p>
        <WaysOut />
      </Alert>
    );
  }
  return (
    <Alert role="alert" className="p-5">
      <h1 className="text-lg font-semibold">This page failed to render</h1>
      <p className="mt-1">Something unexpected went wrong in the dashboard. Reloading the page usually helps.</p>
      <p className="mt-2 font-mono text-xs break-words">{error.message}</p>
      <WaysOut />
    </Alert>
  );
}

/** Reload, or leave for the portal list: what an admin can do about a page that did not come up. */
function WaysOut() {
  return (
    <div className="mt-3 flex flex-wrap gap-2">
      <button type="button" onClick={() => window.location.reload()} className={buttonVariants({ size: 'sm' })}>
        Reload
      </button>
      <Link to={paths.home.getHref()} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
        Go to the portal list
      </Link>
    </div>
  );
}
