import { useQuery } from '@tanstack/react-query';
import { Link, Outlet } from 'react-router';
import { Badge } from '@/components/badge';
import { paths } from '@/lib/paths';
import { clientConfigQuery } from '@/lib/client-config';
import { ThemeToggle } from '@/features/theme/theme-toggle';
import { AlertsIndicator } from '@/features/servers/alerts/alerts-indicator';
import { BrowserNotificationsToggle } from '@/features/notices/browser-notifications-toggle';
import { NoticeRegion } from '@/features/notices/notice-region';
import { useStatusChangeNotices } from '@/features/notices/use-status-change-notices';
import { useScrollRestoration } from '@/app/use-scroll-restoration';

export function AppLayout() {
  useStatusChangeNotices();
  useScrollRestoration();
  return (
    <div className="flex min-h-dvh flex-col">
      {/* Focus moves by script, not by "#main": under the static demo's hash routes that would be a navigation. */}
      <a
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3 sm:px-6">
          {/* Grows to fill its row from the first paint, so the mode badge arriving with the configuration moves nothing
              (no layout shift). Below 1280 px it is the first row (name and badge), the controls the second: in one
              row they do not fit, and the name would run under them. */}
          <div className="flex min-w-0 flex-1 items-center justify-between gap-3">
            <Link to={paths.home.getHref()} className="flex shrink-0 items-center gap-2 font-semibold">
              <Logo />
              MCP Portal Dashboard
            </Link>
            <ModeIndicator />
          </div>
          <div className="ml-auto flex w-full items-center justify-between gap-3 xl:w-auto xl:justify-end">
            {/* Its width is kept from the first paint (alerts-indicator.tsx), so its words arriving move nothing. */}
            <AlertsIndicator />
            <BrowserNotificationsToggle />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-4 sm:px-6 sm:py-6">
        <Outlet />
      </main>
      <NoticeRegion />
    </div>
  );
}

function ModeIndicator() {
  const { data } = useQuery(clientConfigQuery);
  if (data?.mode !== 'demo') return null;
  return (
    <p className="flex min-w-0 items-center gap-2 text-sm text-muted-foreground">
      <Badge tone="warning" className="whitespace-nowrap">
        Demo data
      </Badge>
      {/* One line, cut short where the header has no room: wrapping would grow the header as the badge arrives. */}
      <span className="hidden min-w-0 truncate sm:block" title="Embedded API: no Cloudflare credentials are configured.">
        Embedded API: no Cloudflare credentials are configured.
      </span>
    </p>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 text-primary" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3" y="3" width="7" height="7" rx="1.5" />
      <rect x="14" y="3" width="7" height="7" rx="1.5" />
      <rect x="3" y="14" width="7" height="7" rx="1.5" />
      <path d="M17.5 14v7M14 17.5h7" />
    </svg>
  );
}
