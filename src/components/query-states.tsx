import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataFreshness } from '@/components/data-freshness';
import { ErrorPanel } from '@/components/error-panel';
import { describeApiError, type ApiAction } from '@/lib/describe-api-error';

interface QueryStatesProps<TData> {
  query: UseQueryResult<TData>;
  /** What the read was for: a failure is explained in those terms. */
  action: ApiAction;
  /** What stays on screen when a refresh fails, in the banner's words. */
  shown: 'list' | 'data';
  /** Stands in for the data until the first read answers. */
  loading: ReactNode;
  /** Ways out beside Retry when there is nothing to show, e.g. a link back to the list. */
  errorActions?: ReactNode;
  /** Shown in every state, before the rest; `freshness` is null until there is data. */
  header?: (freshness: ReactNode) => ReactNode;
  freshnessClassName?: string;
  /** The data; `freshness` ("Updated … · Refresh") is the page's to place. */
  children: (data: TData, freshness: ReactNode) => ReactNode;
}

/**
 * A read's states, data first: data stays on screen when a refresh fails, under a banner with Retry; an error panel
 * with Retry stands in only when there is nothing to show; the skeleton until the first answer.
 */
export function QueryStates<TData>({ query, action, shown, loading, errorActions, header, freshnessClassName, children }: QueryStatesProps<TData>) {
  const { data, error, isFetching } = query;
  const retry = () => void query.refetch();
  const freshness =
    data === undefined ? null : (
      <DataFreshness className={freshnessClassName} updatedAt={query.dataUpdatedAt} refreshing={isFetching} onRefresh={retry} />
    );
  return (
    <>
      {header?.(freshness)}
      {data !== undefined && error ? (
        <ErrorPanel
          variant="banner"
          lead={`Showing the last loaded ${shown}: the latest refresh failed.`}
          explanation={describeApiError(error, action)}
          onRetry={retry}
          retrying={isFetching}
        />
      ) : null}
      {data !== undefined ? (
        children(data, freshness)
      ) : error ? (
        <ErrorPanel explanation={describeApiError(error, action)} onRetry={retry} retrying={isFetching}>
          {errorActions}
        </ErrorPanel>
      ) : (
        loading
      )}
    </>
  );
}
