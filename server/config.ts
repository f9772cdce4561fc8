import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { isAccountId } from '../src/lib/cloudflare/contract.ts';
import { scenarioPatchSchema, type EmbeddedApiScenario } from './embedded-api/scenario.ts';
import type { AccessSettings } from './security/access-jwt.ts';
import { defaultAllowedHosts, isLoopbackHost } from './security/allowed-hosts.ts';
import { describeStoreUrl } from './history/store-url.ts';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';

export type Credentials = { kind: 'token'; token: string } | { kind: 'global-key'; email: string; key: string };

/** The secret part of the credentials: the token, or the global API key. */
export const credentialSecret = (credentials: Credentials): string => (credentials.kind === 'token' ? credentials.token : credentials.key);

export interface ServerConfig {
  /** `demo` runs on the embedded API with credentials generated at start-up. */
  mode: 'live' | 'demo';
  credentials: Credentials;
  /** The account `/` opens; always set in demo mode. */
  accountId: string | null;
  upstreamBaseUrl: string;
  port: number;
  host: string;
  /** Host headers the dashboard answers (DNS rebinding defence): loopback names with the port, plus ALLOWED_HOSTS. */
  allowedHosts: string[];
  /** Set when the dashboard is published behind Cloudflare Access: every request must carry its signed JWT. */
  access: AccessSettings | null;
  /** How long the proxy waits for Cloudflare before answering 504. */
  upstreamTimeoutMs: number;
  /** Demo mode only: `large` grows the demo data to 500 portals and 300 tools per server, for `npm run bench`. */
  demoDataset: 'demo' | 'large';
  /** Demo mode only: the embedded API's scenario at start-up (rate limiting, flaky servers…), over the demo defaults. */
  demoScenario: Partial<EmbeddedApiScenario>;
  /** The monitor and its store; null when `MONITOR_INTERVAL_SECONDS=0`. */
  monitor: MonitorConfig | null;
  /** Webhook alerts; null when no webhook is configured (in live mode) or the monitor is off. */
  alerts: AlertsConfig | null;
  /** `PUBLIC_URL`: the dashboard's address as people open it, for links in alerts; null when unset. */
  publicUrl: string | null;
}

export interface AlertsConfig {
  /** `ALERT_WEBHOOK_URL`, split at commas; empty in demo mode without it (the embedded receiver takes alerts). Secrets. */
  webhookUrls: string[];
  /** `ALERT_WEBHOOK_SECRET`: signs every request. A secret. */
  secret: string | null;
  /** `ALERT_CONFIRM_SWEEPS`: damping, how many sweeps in a row must see a new state before it is announced. */
  confirmSweeps: number;
}

export interface MonitorConfig {
  intervalSeconds: number;
  retentionDays: number;
  /** `DATABASE_URL`: a libSQL URL (`file:…`, `libsql://…`, `http(s)://…`, `:memory:`). */
  databaseUrl: string;
  /** `DATABASE_AUTH_TOKEN`, for a libSQL server. A secret: never logged. */
  databaseAuthToken: string | undefined;
}

/** Live history lives in a file beside the app; the demo's lives in memory, like the embedded API it watches. */
export const DEFAULT_DATABASE_URL = 'file:.data/dashboard.db';
const DEMO_DATABASE_URL = ':memory:';
const DEFAULT_INTERVAL_SECONDS = { live: 300, demo: 60 } as const;
const DEFAULT_RETENTION_DAYS = 90;
/** Two sweeps live (a blip that lasts one sweep stays quiet); one in the demo, so an outage is announced at once. */
const DEFAULT_CONFIRM_SWEEPS = { live: 2, demo: 1 } as const;

const httpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Empty strings count as unset so a blank line in `.env` (or an e2e override) never half-configures live mode. */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const envSchema = z.object({
  CLOUDFLARE_API_TOKEN: optionalText,
  CLOUDFLARE_EMAIL: optionalText,
  CLOUDFLARE_API_KEY: optionalText,
  CLOUDFLARE_ACCOUNT_ID: optionalText.refine((value) => value === undefined || isAccountId(value), {
    message: 'must be 32 lowercase hexadecimal characters (the account id in the Cloudflare dashboard URL)',
  }),
  CLOUDFLARE_API_BASE_URL: optionalText.refine((value) => value === undefined || /^https?:\/\//.test(value), {
    message: 'must be an http:// or https:// URL',
  }),
  PORT: optionalText.refine((value) => value === undefined || /^\d{1,5}$/.test(value), { message: 'must be a port number' }),
  HOST: optionalText,
  EMBEDDED_API_TOKEN: optionalText,
  ALLOWED_HOSTS: optionalText.transform((value) =>
    value === undefined ? [] : value.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== ''),
  ),
  CF_ACCESS_TEAM_DOMAIN: optionalText.transform((value) => value?.replace(/^https:\/\//, '').replace(/\/+$/, '')),
  CF_ACCESS_AUD: optionalText,
  MONITOR_INTERVAL_SECONDS: optionalText.refine((value) => value === undefined || (/^\d{1,6}$/.test(value)), {
    message: 'must be a whole number of seconds (0 turns the monitor off)',
  }),
  HISTORY_RETENTION_DAYS: optionalText.refine((value) => value === undefined || (/^\d{1,4}$/.test(value) && Number(value) >= 1), {
    message: 'must be a whole number of days, at least 1',
  }),
  DATABASE_URL: optionalText.refine((value) => value === undefined || /^(file:|libsql:|https?:|wss?:|:memory:$)/.test(value), {
    message: 'must be a libSQL URL: file:path/to.db, libsql://…, http(s)://… or :memory:',
  }),
  DATABASE_AUTH_TOKEN: optionalText,
  // Messages name the variable only: a webhook URL (Slack's carry a secret in the path) is never echoed.
  ALERT_WEBHOOK_URL: optionalText
    .transform((value) => (value === undefined ? [] : value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')))
    .refine((urls) => urls.every(httpUrl), { message: 'must be one or more http:// or https:// URLs, separated by commas' }),
  ALERT_WEBHOOK_SECRET: optionalText.refine((value) => value === undefined || value.length >= 16, {
    message: 'must be at least 16 characters (receivers verify signatures with it)',
  }),
  ALERT_CONFIRM_SWEEPS: optionalText.refine((value) => value === undefined || (/^\d{1,2}$/.test(value) && Number(value) >= 1), {
    message: 'must be a whole number of sweeps, at least 1',
  }),
  PUBLIC_URL: optionalText.refine((value) => value === undefined || httpUrl(value), { message: 'must be an http:// or https:// URL' }),
  EMBEDDED_API_DATASET: optionalText.pipe(z.enum(['demo', 'large']).optional()),
  UPSTREAM_TIMEOUT_MS: optionalText.refine((value) => value === undefined || (/^\d{1,6}$/.test(value) && Number(value) >= 100), {
    message: 'must be a number of milliseconds between 100 and 999999',
  }),
  EMBEDDED_API_SCENARIO: optionalText.pipe(
    z
      .string()
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: 'must be a JSON object, e.g. {"rateLimitAfterSyncs": 12}' });
          return z.NEVER;
        }
      })
      .pipe(scenarioPatchSchema)
      .optional(),
  ),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `.env` into `process.env` without overriding variables that are already set. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function parseConfig(env: Record<string, string | undefined>, demoAccountId: string): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid dashboard configuration:\n${lines.join('\n')}`);
  }
  const vars = parsed.data;
  const port = vars.PORT === undefined ? 5173 : Number(vars.PORT);
  const host = vars.HOST ?? '127.0.0.1';
  const upstreamTimeoutMs = vars.UPSTREAM_TIMEOUT_MS === undefined ? 30_000 : Number(vars.UPSTREAM_TIMEOUT_MS);
  if (!isLoopbackHost(host) && vars.ALLOWED_HOSTS.length === 0) {
    throw new ConfigError(
      `Invalid dashboard configuration: HOST=${host} listens beyond this machine, so ALLOWED_HOSTS must name the host names people use to reach it (e.g. ALLOWED_HOSTS=dash.example.com).`,
    );
  }
  if (Boolean(vars.CF_ACCESS_TEAM_DOMAIN) !== Boolean(vars.CF_ACCESS_AUD)) {
    throw new ConfigError(
      'Invalid dashboard configuration: CF_ACCESS_TEAM_DOMAIN and CF_ACCESS_AUD go together (Cloudflare Access team domain and application audience tag).',
    );
  }
  const monitorFor = (mode: 'live' | 'demo'): MonitorConfig | null => {
    const intervalSeconds = vars.MONITOR_INTERVAL_SECONDS === undefined ? DEFAULT_INTERVAL_SECONDS[mode] : Number(vars.MONITOR_INTERVAL_SECONDS);
    if (intervalSeconds === 0) return null;
    return {
      intervalSeconds,
      retentionDays: vars.HISTORY_RETENTION_DAYS === undefined ? DEFAULT_RETENTION_DAYS : Number(vars.HISTORY_RETENTION_DAYS),
      databaseUrl: vars.DATABASE_URL ?? (mode === 'live' ? DEFAULT_DATABASE_URL : DEMO_DATABASE_URL),
      databaseAuthToken: vars.DATABASE_AUTH_TOKEN,
    };
  };
  const alertsFor = (mode: 'live' | 'demo', monitor: MonitorConfig | null): AlertsConfig | null => {
    if (vars.ALERT_WEBHOOK_URL.length === 0 && mode === 'live') return null;
    if (monitor === null) {
      if (vars.ALERT_WEBHOOK_URL.length === 0) return null;
      throw new ConfigError(
        'Invalid dashboard configuration: ALERT_WEBHOOK_URL needs the monitor, which raises the alerts; remove MONITOR_INTERVAL_SECONDS=0 or unset ALERT_WEBHOOK_URL.',
      );
    }
    return {
      webhookUrls: vars.ALERT_WEBHOOK_URL,
      secret: vars.ALERT_WEBHOOK_SECRET ?? null,
      confirmSweeps: vars.ALERT_CONFIRM_SWEEPS === undefined ? DEFAULT_CONFIRM_SWEEPS[mode] : Number(vars.ALERT_CONFIRM_SWEEPS),
    };
  };
  const shared = {
    publicUrl: vars.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    port,
    host,
    allowedHosts: [...defaultAllowedHosts(port), ...vars.ALLOWED_HOSTS],
    access: vars.CF_ACCESS_TEAM_DOMAIN && vars.CF_ACCESS_AUD ? { teamDomain: vars.CF_ACCESS_TEAM_DOMAIN, audience: vars.CF_ACCESS_AUD } : null,
    upstreamTimeoutMs,
  };

  const withAlerts = (mode: 'live' | 'demo') => {
    const monitor = monitorFor(mode);
    return { monitor, alerts: alertsFor(mode, monitor) };
  };

  if (vars.CLOUDFLARE_API_TOKEN && (vars.CLOUDFLARE_EMAIL || vars.CLOUDFLARE_API_KEY)) {
    throw new ConfigError(
      'Invalid dashboard configuration: set either CLOUDFLARE_API_TOKEN or CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY, not both.',
    );
  }
  if (Boolean(vars.CLOUDFLARE_EMAIL) !== Boolean(vars.CLOUDFLARE_API_KEY)) {
    throw new ConfigError(
      'Invalid dashboard configuration: CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY go together (global API key); set both, or use CLOUDFLARE_API_TOKEN instead.',
    );
  }

  const liveCredentials: Credentials | null = vars.CLOUDFLARE_API_TOKEN
    ? { kind: 'token', token: vars.CLOUDFLARE_API_TOKEN }
    : vars.CLOUDFLARE_EMAIL && vars.CLOUDFLARE_API_KEY
      ? { kind: 'global-key', email: vars.CLOUDFLARE_EMAIL, key: vars.CLOUDFLARE_API_KEY }
      : null;

  if (liveCredentials) {
    return {
      mode: 'live',
      credentials: liveCredentials,
      accountId: vars.CLOUDFLARE_ACCOUNT_ID ?? null,
      upstreamBaseUrl: (vars.CLOUDFLARE_API_BASE_URL ?? DEFAULT_API_BASE_URL).replace(/\/+$/, ''),
      ...shared,
      demoDataset: 'demo',
      demoScenario: {},
      ...withAlerts('live'),
    };
  }
  return {
    mode: 'demo',
    // The embedded API demands credentials just like Cloudflare, so the proxy's injection is exercised in every demo and test.
    credentials: { kind: 'token', token: vars.EMBEDDED_API_TOKEN ?? randomBytes(32).toString('base64url') },
    accountId: demoAccountId,
    upstreamBaseUrl: EMBEDDED_API_BASE_URL,
    ...shared,
    demoDataset: vars.EMBEDDED_API_DATASET ?? 'demo',
    demoScenario: vars.EMBEDDED_API_SCENARIO ?? {},
    ...withAlerts('demo'),
  };
}

/** Never resolved over the network: the proxy hands requests for it to the in-process embedded API. */
export const EMBEDDED_API_BASE_URL = 'http://embedded-api.invalid/client/v4';

/** Start-up summary. Names the kind of credential, never its value. */
export function describeConfig(config: ServerConfig): string[] {
  const credential =
    config.credentials.kind === 'token' ? 'API token (Authorization: Bearer)' : `global API key for ${config.credentials.email}`;
  const guard = [
    `Answers Host: ${config.allowedHosts.join(', ')}`,
    ...(config.access ? [`Cloudflare Access: required (team ${config.access.teamDomain})`] : []),
  ];
  const monitor = describeMonitor(config);
  const alerts = describeAlerts(config);
  if (config.mode === 'demo') {
    return [
      'Mode: demo (no Cloudflare credentials configured; serving the embedded API with demo data)',
      `Account: ${config.accountId ?? '(none)'}`,
      'Upstream: embedded demo API (in-process)',
      ...(config.demoDataset === 'large' ? ['Dataset: large (500 portals, 300 tools per server in integrations-hub)'] : []),
      ...(Object.keys(config.demoScenario).length > 0 ? [`Scenario: ${JSON.stringify(config.demoScenario)}`] : []),
      monitor,
      alerts,
      ...guard,
    ];
  }
  return [
    'Mode: live',
    `Account: ${config.accountId ?? '(not set: the dashboard will ask for one)'}`,
    `Upstream: ${config.upstreamBaseUrl}`,
    `Credentials: ${credential}`,
    monitor,
    alerts,
    ...guard,
  ];
}

/** The monitor's line: how often, where history goes (never the token), or why it is off. */
export function describeMonitor(config: ServerConfig): string {
  const { monitor } = config;
  if (monitor === null) return 'Monitor: off (MONITOR_INTERVAL_SECONDS=0): no status history, sync history stays in each browser';
  if (config.accountId === null) return 'Monitor: off (it sweeps one account: set CLOUDFLARE_ACCOUNT_ID)';
  return `Monitor: sweeps every ${monitor.intervalSeconds} s; history in ${describeStoreUrl(monitor.databaseUrl)}, kept ${monitor.retentionDays} days`;
}

/** The alerts' line: where they go by host only (a webhook's path may hold its secret), signed or not, the damping. */
export function describeAlerts(config: Pick<ServerConfig, 'alerts' | 'accountId' | 'monitor'>): string {
  const { alerts } = config;
  if (alerts === null || config.accountId === null) {
    return config.monitor === null ? 'Alerts: off (they come from the monitor, which is off)' : 'Alerts: off (set ALERT_WEBHOOK_URL to receive them)';
  }
  const demo = alerts.webhookUrls.length === 0;
  const where = demo ? 'the demo\'s embedded receiver' : alerts.webhookUrls.map(webhookLabel).join(', ');
  const signed =
    alerts.secret !== null ? 'signed' : demo ? 'signed with a secret made at start' : 'unsigned (set ALERT_WEBHOOK_SECRET to sign them)';
  return `Alerts: to ${where}, ${signed}; a change is announced after ${alerts.confirmSweeps} sweep${alerts.confirmSweeps === 1 ? '' : 's'} in a row`;
}

/** `webhook 2 (hooks.slack.com)`: how a webhook is named in logs and on the page. */
export function webhookLabel(url: string, index: number): string {
  return `webhook ${index + 1} (${new URL(url).host})`;
}
