import { Link } from 'react-router';
import { Button, buttonVariants } from '@/components/button';
import { CardFooter } from '@/components/card';
import { ProblemCard } from '@/features/servers/components/problem-card';

interface ServerCardFailureProps {
  serverName: string;
  detailHref: string;
  error: Error;
  onRetry: () => void;
}

/** What a server's card turns into when it fails to render: the page and the other cards carry on. */
export function ServerCardFailure({ serverName, detailHref, error, onRetry }: ServerCardFailureProps) {
  return (
    <ProblemCard
      title={serverName}
      badge="Display failed"
      footer={
        <CardFooter className="justify-end">
          <Link to={detailHref} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
            Open server page
          </Link>
          <Button size="sm" onClick={onRetry} aria-label={`Try showing ${serverName} again`}>
            Try again
          </Button>
        </CardFooter>
      }
    >
      <p>
        This card could not be displayed: something in this server&apos;s data tripped up the dashboard. The other
        servers are not affected, and nothing was changed in Cloudflare.
      </p>
      <p className="font-mono text-xs break-words text-muted-foreground">{error.message}</p>
      <p>Try again, or open the server&apos;s page. If it keeps failing, report the message above.</p>
    </ProblemCard>
  );
}
