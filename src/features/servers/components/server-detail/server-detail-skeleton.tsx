import { Skeleton } from '@/components/skeleton';

export function ServerDetailSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-6" data-testid="server-detail-skeleton">
      <p role="status" className="sr-only">
        Loading server…
      </p>
      <div className="flex justify-between gap-3">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-72 max-w-full" />
        </div>
        <Skeleton className="h-8 w-24" />
      </div>
      <Skeleton className="h-40 w-full rounded-xl" />
      <Skeleton className="h-9 w-80 max-w-full" />
      <Skeleton className="h-96 w-full rounded-xl" />
    </div>
  );
}
