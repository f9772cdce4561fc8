/**
 * Alerts in the page, through the real proxy, monitor, store and the demo's embedded receiver (renderAppWithHistory):
 * an outage simulated on a server page arrives as an alert, signed; the test button; the off state.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { DEMO_ACCOUNT_ID, renderApp, renderAppWithHistory } from '@/testing/render-app';

const ARRIVES = { timeout: 4_000 };

describe('an outage in the demo', () => {
  it('is announced: the server page lists its alert, delivered, and the header says so', async () => {
    const { user } = await renderAppWithHistory(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'));
    const alerts = await screen.findByRole('region', { name: 'Alerts' });
    expect(within(alerts).getByText(/^No alerts for this server yet/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Simulate an outage of GitHub (demo)' }));
    const list = await within(alerts).findByRole('list', { name: 'Alerts for this server, newest first' }, ARRIVES);
    expect(within(list).getByText('Failing')).toBeInTheDocument();
    expect(within(list).getByText('Ready → Error')).toBeInTheDocument();
    expect(within(list).getByText(/^connect ETIMEDOUT .* \(simulated outage\)$/)).toBeInTheDocument();
    expect(await within(list).findByText(/^Delivered to demo receiver/, {}, ARRIVES)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Alerts: delivered / }, ARRIVES)).toHaveAttribute('href', paths.alerts.getHref(DEMO_ACCOUNT_ID));
  });

  it('shows a hostile server name in the alert as text, never as markup', async () => {
    const { embeddedApi, user } = await renderAppWithHistory(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'));
    const hostile = '<img src=x onerror=alert(1)>';
    const outage = await screen.findByRole('button', { name: 'Simulate an outage of GitHub (demo)' });
    const github = embeddedApi.state().servers.get('github');
    if (!github) throw new Error('The demo has no GitHub server.');
    github.record.name = hostile;
    await user.click(outage);
    await user.click(within(await screen.findByRole('region', { name: 'Alerts' })).getByRole('link', { name: 'All alerts' }));
    const recent = await screen.findByRole('list', { name: 'Recent alerts, newest first' }, ARRIVES);
    expect(within(recent).getByRole('link', { name: hostile })).toBeInTheDocument();
    const channel = screen.getByRole('region', { name: 'What the demo channel received' });
    expect(await within(channel).findByText(`🔴 ${hostile} is failing`, { exact: false }, ARRIVES)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});

describe('a delivery that fails', () => {
  it('is visible: the alert says it is being retried and why, the webhook’s row and the header say it failed', async () => {
    // A webhook that is down: every attempt answers 503, so the outbox keeps retrying.
    const { user } = await renderAppWithHistory(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'), {
      env: { ALERT_WEBHOOK_URL: 'https://hooks.example.com/services/T0/B0/secret-path' },
      webhookFetch: async () => new Response('busy', { status: 503 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Simulate an outage of GitHub (demo)' }));
    const alerts = await screen.findByRole('region', { name: 'Alerts' });
    expect(
      await within(alerts).findByText(/^Retrying webhook 1 \(hooks\.example\.com\) \(1 attempt so far: HTTP 503\); next try in \d+ s$/, {}, ARRIVES),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /^Alerts: delivery failed / }, ARRIVES)).toBeInTheDocument();

    await user.click(within(alerts).getByRole('link', { name: 'All alerts' }));
    const table = await screen.findByRole('table', { name: 'Deliveries by webhook' });
    expect(within(table).getByRole('row', { name: /webhook 1 \(hooks\.example\.com\)/ })).toHaveTextContent(/HTTP 503/);
    // The page names the webhook by its host; its path (where Slack keeps the secret) never reaches the browser.
    expect(document.body.textContent).not.toContain('secret-path');
    expect(screen.queryByRole('region', { name: 'What the demo channel received' })).not.toBeInTheDocument();
  });
});

describe('the alerts page', () => {
  it('shows where alerts go and what the demo channel received; a test alert arrives there, signed', async () => {
    const { user } = await renderAppWithHistory(paths.alerts.getHref(DEMO_ACCOUNT_ID));
    const status = await screen.findByRole('region', { name: 'Where alerts go' });
    expect(within(status).getByText("The demo's embedded receiver (below)")).toBeInTheDocument();
    expect(within(status).getByText('A new state is announced at the first sweep that sees it')).toBeInTheDocument();
    expect(within(status).getByRole('table', { name: 'Deliveries by webhook' })).toHaveTextContent('demo receiver');
    const channel = screen.getByRole('region', { name: 'What the demo channel received' });
    expect(within(channel).getByText('Nothing received yet.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Recent alerts' })).getByText(/^No alerts yet/)).toBeInTheDocument();

    await user.click(within(status).getByRole('button', { name: 'Send test alert' }));
    expect(await within(status).findByText(/^Test alert delivered\. Check that it arrived in the channel\.$/)).toHaveAttribute('role', 'status');
    const message = await within(channel).findByRole('listitem', {}, ARRIVES);
    expect(message).toHaveTextContent(/✅ Test alert from the MCP Portal Dashboard/);
    expect(within(message).getByText('Signature verified')).toBeInTheDocument();
    const recent = await screen.findByRole('list', { name: 'Recent alerts, newest first' });
    expect(within(recent).getByText('Test alert')).toBeInTheDocument();
  });

  it('says alerts are off and how to turn them on, with the test button disabled, when the monitor is off', async () => {
    renderApp(paths.alerts.getHref(DEMO_ACCOUNT_ID), { env: { MONITOR_INTERVAL_SECONDS: '0' } });
    const status = await screen.findByRole('region', { name: 'Where alerts go' });
    expect(within(status).getByText('Alerts are off')).toBeInTheDocument();
    expect(within(status).getByText(/MONITOR_INTERVAL_SECONDS=0/)).toBeInTheDocument();
    expect(within(status).getByText('ALERT_WEBHOOK_URL')).toBeInTheDocument();
    expect(within(status).getByRole('button', { name: 'Send test alert' })).toBeDisabled();
    expect(await screen.findByRole('link', { name: 'Alerts off' })).toBeInTheDocument();
  });
});
