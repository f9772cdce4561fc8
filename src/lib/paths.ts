/** Every route of the app, in one place. Components link with `getHref`, the router uses `path`. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  portals: {
    path: '/accounts/:accountId/portals',
    getHref: (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/portals`,
  },
  portal: {
    path: '/accounts/:accountId/portals/:portalId',
    getHref: (accountId: string, portalId: string) =>
      `/accounts/${encodeURIComponent(accountId)}/portals/${encodeURIComponent(portalId)}`,
  },
  alerts: {
    path: '/accounts/:accountId/alerts',
    getHref: (accountId: string) => `/accounts/${encodeURIComponent(accountId)}/alerts`,
  },
  server: {
    path: '/accounts/:accountId/portals/:portalId/servers/:serverId',
    getHref: (accountId: string, portalId: string, serverId: string) =>
      `/accounts/${encodeURIComponent(accountId)}/portals/${encodeURIComponent(portalId)}/servers/${encodeURIComponent(serverId)}`,
  },
} as const;
