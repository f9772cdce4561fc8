import { Skeleton } from '@/components/skeleton';

/** The account view while its code or its portals load. */
export function AccountPageSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-col gap-2">
      <p role="status" className="sr-only">
        Loading portals…
      </p>
      <Skeleton className="h-12 w-full" />
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} className="h-16 w-full" />
      ))}
    </div>
  );
}
