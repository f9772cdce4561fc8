/** Paging and search of the two list endpoints, with Cloudflare's result_info. */
import { z } from 'zod';
import type { PageInfo } from './envelope.ts';
import { failureResponse } from './envelope.ts';

export type ListQuery = { page: number; perPage: number; search: string };

const DEFAULT_PAGE = 1;
const DEFAULT_PER_PAGE = 20;
const pageSchema = z.coerce.number().int().min(1);
const perPageSchema = z.coerce.number().int().min(1).max(100);

export type ListQueryResult = { ok: true; query: ListQuery } | { ok: false; response: Response };

export function parseListQuery(params: URLSearchParams): ListQueryResult {
  const page = pageSchema.safeParse(params.get('page') ?? DEFAULT_PAGE);
  const perPage = perPageSchema.safeParse(params.get('per_page') ?? DEFAULT_PER_PAGE);

  if (!page.success) return invalidParameter('page variable must be a number greater than or equal to 1');
  if (!perPage.success) return invalidParameter('per_page variable must be a number between 1 and 100');
  return { ok: true, query: { page: page.data, perPage: perPage.data, search: params.get('search') ?? '' } };
}

/** Case-insensitive substring match over the given fields; an empty search matches everything. */
export function matchesSearch(search: string, fields: readonly string[]): boolean {
  const needle = search.trim().toLowerCase();
  return needle === '' || fields.some((field) => field.toLowerCase().includes(needle));
}

export function paginate<T>(items: readonly T[], query: ListQuery): { items: T[]; info: PageInfo } {
  const start = (query.page - 1) * query.perPage;
  const pageItems = items.slice(start, start + query.perPage);
  return {
    items: pageItems,
    info: {
      page: query.page,
      per_page: query.perPage,
      count: pageItems.length,
      total_count: items.length,
      total_pages: Math.ceil(items.length / query.perPage),
    },
  };
}

function invalidParameter(message: string): ListQueryResult {
  return {
    ok: false,
    response: failureResponse(400, [
      { code: 6008, message: 'Invalid request parameters', error_chain: [{ code: 11000, message }] },
    ]),
  };
}
