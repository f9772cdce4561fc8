import { CopyButton } from '@/components/copy-button';
import { cn } from '@/lib/cn';
import { toSafeHref } from '@/lib/safe-url';

interface ServerHostnameProps {
  hostname: string;
  copyLabel: string;
  /** Cards show at most two lines; the full text stays in the tooltip, the copy button and the server page. */
  clamp?: boolean;
}

/** The server's URL: a link only for http(s) (the API's text could say `javascript:`), always copyable. */
export function ServerHostname({ hostname, copyLabel, clamp = false }: ServerHostnameProps) {
  const href = toSafeHref(hostname);
  const clampProps = clamp ? { className: 'line-clamp-2', title: hostname } : {};
  return (
    <p className="flex items-center text-sm break-all">
      {href ? (
        <a href={href} target="_blank" rel="noreferrer noopener" className={cn('text-info underline-offset-2 hover:underline', clampProps.className)} title={clampProps.title}>
          {hostname}
        </a>
      ) : (
        <span {...clampProps}>{hostname}</span>
      )}
      <CopyButton value={hostname} label={copyLabel} />
    </p>
  );
}
