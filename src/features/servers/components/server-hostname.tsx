import { CopyButton } from '@/components/copy-button';
import { toSafeHref } from '@/lib/safe-url';

/** The server's URL: a link only for http(s) (the API's text could say `javascript:`), always copyable. */
export function ServerHostname({ hostname, copyLabel }: { hostname: string; copyLabel: string }) {
  const href = toSafeHref(hostname);
  return (
    <p className="flex items-center text-sm break-all">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener" className="text-info underline-offset-2 hover:underline">
          {hostname}
        </a>
      ) : (
        <span>{hostname}</span>
      )}
      <CopyButton value={hostname} label={copyLabel} />
    </p>
  );
}
