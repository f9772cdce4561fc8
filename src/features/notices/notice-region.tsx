import { Button } from '@/components/button';
import { dismissNotice, useNotices } from '@/features/notices/notice-store';

/** Where status-change notices appear: bottom right, announced politely, each dismissible. */
export function NoticeRegion() {
  const notices = useNotices();
  return (
    <section aria-label="Notifications" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2">
      <div aria-live="polite" className="flex flex-col gap-2">
        {notices.map((notice) => (
          <div
            key={notice.id}
            role="status"
            className="pointer-events-auto flex items-start gap-3 rounded-xl border border-border bg-card p-3 text-sm shadow-lg"
          >
            <span aria-hidden="true" className="mt-0.5 text-primary">●</span>
            <div className="min-w-0 flex-1">
              <p className="font-medium break-words">{notice.title}</p>
              <p className="text-muted-foreground break-words">{notice.body}</p>
            </div>
            <Button size="sm" variant="ghost" className="h-7 px-2" aria-label={`Dismiss: ${notice.title}`} onClick={() => dismissNotice(notice.id)}>
              ✕
            </Button>
          </div>
        ))}
      </div>
    </section>
  );
}
