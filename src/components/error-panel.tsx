import type { ReactNode } from 'react';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Spinner } from '@/components/spinner';
import type { ErrorExplanation } from '@/lib/describe-api-error';

interface ErrorPanelProps {
  explanation: ErrorExplanation;
  /** Said before the explanation, e.g. that the data on screen is stale. */
  lead?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Extra ways out, e.g. a link back to the list. */
  children?: ReactNode;
  /** `banner` sits above data that is still shown; `panel` stands in for missing data. */
  variant?: 'panel' | 'banner';
}

/** Every failure in words: what happened, what it means, what to do, and the API's own message. */
export function ErrorPanel({ explanation, lead, onRetry, retrying = false, children, variant = 'panel' }: ErrorPanelProps) {
  const Heading = variant === 'panel' ? 'h2' : 'p';
  return (
    <Alert tone={variant === 'panel' ? 'danger' : 'warning'} role="alert" className={variant === 'panel' ? 'p-5' : undefined}>
      {lead ? <p className="mb-1 font-semibold">{lead}</p> : null}
      <Heading className={variant === 'panel' ? 'text-lg font-semibold' : 'font-semibold'}>{explanation.title}</Heading>
      <p className="mt-1">{explanation.meaning}</p>
      <p className="mt-1">{explanation.action}</p>
      {explanation.detail ? (
        <p className="mt-2 font-mono text-xs break-words text-muted-foreground">
          <span className="sr-only">Detail from the API: </span>
          {explanation.detail}
        </p>
      ) : null}
      {onRetry || children ? (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {onRetry ? (
            <Button onClick={onRetry} disabled={retrying} size="sm">
              {retrying ? <Spinner /> : null}
              {retrying ? 'Retrying…' : 'Retry'}
            </Button>
          ) : null}
          {children}
        </div>
      ) : null}
    </Alert>
  );
}
