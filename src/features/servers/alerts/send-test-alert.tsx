import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Spinner } from '@/components/spinner';
import { callDashboardRoute } from '@/lib/api-client';
import { describeApiError } from '@/lib/describe-api-error';
import { alertQueries } from '@/features/servers/alerts/alert-queries';

/**
 * Sends a test alert to every webhook (the answer says how each delivery went); resolves once the alert views have
 * re-read. Here, not beside the queries: the header reads those on every page, and a mutation there would weigh on
 * the first load.
 */
function useSendTestAlert(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await callDashboardRoute('sendTestAlert', { account_id: accountId })).result,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: alertQueries.all(accountId) }),
  });
}

/** For an admin setting up a channel: one clearly marked test alert to every webhook, and how it went. */
export function SendTestAlert({ accountId, disabled }: { accountId: string; disabled: boolean }) {
  const send = useSendTestAlert(accountId);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => send.mutate()} disabled={disabled || send.isPending}>
          {send.isPending ? <Spinner /> : null}
          Send test alert
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {disabled
            ? 'Turn alerts on to send a test.'
            : send.data
              ? send.data.deliveries.every((delivery) => delivery.state === 'delivered')
                ? 'Test alert delivered. Check that it arrived in the channel.'
                : 'Test alert sent, but not every webhook took it: see its deliveries under Recent alerts.'
              : 'Sends one alert marked as a test, so you can check the channel receives them.'}
        </p>
      </div>
      {send.error ? <ErrorPanel variant="banner" explanation={describeApiError(send.error, { kind: 'send-test-alert' })} /> : null}
    </div>
  );
}
