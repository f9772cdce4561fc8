/** The GET endpoints, split into "validate now" and "answer after the latency wait". */
import { errorResponse, successResponse } from './envelope.ts';
import type { ListQuery } from './list-query.ts';
import { matchesSearch, paginate, parseListQuery } from './list-query.ts';
import type { EmbeddedApiState } from './embedded-api-state.ts';
import type { Route } from './routes.ts';
import { effectiveRedirectUriView, portalView, standaloneServerView } from './views.ts';

export type ReadRoute = Exclude<Route, { name: 'syncServer' }>;
export type Reader = (state: EmbeddedApiState) => Response;

/** Query errors are answered at once, before any simulated latency, as Cloudflare's edge does. */
export function prepareRead(route: ReadRoute, params: URLSearchParams): Reader | Response {
  switch (route.name) {
    case 'readPortal':
      return (state) => {
        const portal = findPortal(state, route.params.portal_id);
        return portal === undefined ? notFound() : successResponse(portalView(portal, state));
      };
    case 'readServer':
      return (state) => {
        const server = state.servers.get(route.params.server_id);
        return server === undefined ? notFound() : successResponse(standaloneServerView(server.record));
      };
    case 'effectiveRedirectUri':
      return (state) => {
        const { portal_id: portalId, server_id: serverId } = route.params;
        const portal = findPortal(state, portalId);
        const server = state.servers.get(serverId);
        // A server that exists but is not in this portal has no redirect URI there.
        if (portal === undefined || server === undefined || !portal.servers.some((member) => member.serverId === serverId)) {
          return notFound();
        }
        return successResponse(effectiveRedirectUriView(portal.record, server.record));
      };
    case 'listPortals':
    case 'listServers': {
      const parsed = parseListQuery(params);
      if (!parsed.ok) return parsed.response;
      const list = route.name === 'listPortals' ? listPortals : listServers;
      return (state) => list(state, parsed.query);
    }
  }
}

function findPortal(state: EmbeddedApiState, id: string) {
  return state.portals.find((candidate) => candidate.record.id === id);
}

export function notFound(): Response {
  return errorResponse(404, 7002, 'Not Found');
}

function listPortals(state: EmbeddedApiState, query: ListQuery): Response {
  const items = state.portals
    .filter(({ record }) => matchesSearch(query.search, [record.id, record.name, record.hostname]))
    .map((portal) => portalView(portal, state));
  const page = paginate(items, query);
  return successResponse(page.items, page.info);
}

function listServers(state: EmbeddedApiState, query: ListQuery): Response {
  const items = [...state.servers.values()]
    .filter(({ record }) => matchesSearch(query.search, [record.id, record.name, record.hostname]))
    .map(({ record }) => standaloneServerView(record));
  const page = paginate(items, query);
  return successResponse(page.items, page.info);
}
