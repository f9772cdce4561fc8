/** The four GET endpoints, split into "validate now" and "answer after the latency wait". */
import { errorResponse, successResponse } from './envelope.ts';
import type { ListQuery } from './list-query.ts';
import { matchesSearch, paginate, parseListQuery } from './list-query.ts';
import type { MockState } from './mock-state.ts';
import type { Route } from './routes.ts';
import { portalView, standaloneServerView } from './views.ts';

export type ReadRoute = Exclude<Route, { kind: 'sync-server' }>;
export type Reader = (state: MockState) => Response;

/** Query errors are answered at once, before any simulated latency, as Cloudflare's edge does. */
export function prepareRead(route: ReadRoute, params: URLSearchParams): Reader | Response {
  switch (route.kind) {
    case 'read-portal':
      return (state) => {
        const portal = state.portals.find((candidate) => candidate.record.id === route.id);
        return portal === undefined ? notFound() : successResponse(portalView(portal, state));
      };
    case 'read-server':
      return (state) => {
        const server = state.servers.get(route.id);
        return server === undefined ? notFound() : successResponse(standaloneServerView(server.record));
      };
    case 'list-portals':
    case 'list-servers': {
      const parsed = parseListQuery(params);
      if (!parsed.ok) return parsed.response;
      const list = route.kind === 'list-portals' ? listPortals : listServers;
      return (state) => list(state, parsed.query);
    }
  }
}

export function notFound(): Response {
  return errorResponse(404, 7002, 'Not Found');
}

function listPortals(state: MockState, query: ListQuery): Response {
  const items = state.portals
    .filter(({ record }) => matchesSearch(query.search, [record.id, record.name, record.hostname]))
    .map((portal) => portalView(portal, state));
  const page = paginate(items, query);
  return successResponse(page.items, page.info);
}

function listServers(state: MockState, query: ListQuery): Response {
  const items = [...state.servers.values()]
    .filter(({ record }) => matchesSearch(query.search, [record.id, record.name, record.hostname]))
    .map(({ record }) => standaloneServerView(record));
  const page = paginate(items, query);
  return successResponse(page.items, page.info);
}
