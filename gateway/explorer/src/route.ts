// Routes live in the URL hash (#/studios?level=NATIONAL), so the gateway serves one index.html
// at / and never has to tell an explorer path from one of its own (/graphql, /healthcheck, ...).
import type { StudioLevel } from './gql/graphql.ts';
import { STUDIO_LEVELS } from './labels.ts';

/** A cursor position in a paged list; `page` only numbers it for people (1 is the first). */
export interface PagePosition {
  page: number;
  after?: string;
  before?: string;
}

export interface StudioFilterState {
  levels: StudioLevel[];
  occupation?: string;
  industry?: string;
  town?: string;
  name?: string;
}

export type Route =
  | { name: 'overview' }
  | { name: 'studios'; filter: StudioFilterState; position: PagePosition }
  | { name: 'studio'; id: string }
  | { name: 'planner'; industry?: string }
  | { name: 'enterprises'; search?: string; position: PagePosition }
  | { name: 'enterprise'; id: string }
  | { name: 'not-found' };

export const FIRST_PAGE: PagePosition = { page: 1 };

/** Reads a route from a location hash such as `#/studios/12` or `#/studios?level=CITY`. */
export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, id, ...rest] = segments;
  if (rest.length > 0) return { name: 'not-found' };

  switch (section) {
    case undefined:
      return { name: 'overview' };
    case 'studios': {
      if (id) return { name: 'studio', id };
      const levels = (params.get('level') ?? '').split(',').filter(isStudioLevel);
      const filter = { levels, occupation: text('occupation'), industry: text('industry'), town: text('town'), name: text('q') };
      return { name: 'studios', filter, position: position(params) };
    }
    case 'planner':
      return id ? { name: 'planner', industry: id } : { name: 'planner' };
    case 'enterprises':
      return id ? { name: 'enterprise', id } : { name: 'enterprises', search: text('q'), position: position(params) };
    default:
      return { name: 'not-found' };
  }
}

/** The hash link for a route; parseRoute(hrefFor(route)) gives the route back. */
export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'overview':
    case 'not-found':
      return '#/';
    case 'studios': {
      const { levels, occupation, industry, town, name } = route.filter;
      return withQuery('#/studios', {
        level: levels.length ? levels.join(',') : undefined,
        occupation, industry, town, q: name, ...positionParams(route.position),
      });
    }
    case 'studio':
      return `#/studios/${encodeURIComponent(route.id)}`;
    case 'planner':
      return route.industry ? `#/planner/${encodeURIComponent(route.industry)}` : '#/planner';
    case 'enterprises':
      return withQuery('#/enterprises', { q: route.search, ...positionParams(route.position) });
    case 'enterprise':
      return `#/enterprises/${encodeURIComponent(route.id)}`;
  }
}

function isStudioLevel(value: string): value is StudioLevel {
  return (STUDIO_LEVELS as string[]).includes(value);
}

function position(params: URLSearchParams): PagePosition {
  const page = Number(params.get('page'));
  const after = params.get('after') || undefined;
  const before = params.get('before') || undefined;
  if (!Number.isInteger(page) || page < 1 || (!after && !before)) return FIRST_PAGE;
  return after ? { page, after } : { page, before };
}

function positionParams({ page, after, before }: PagePosition) {
  if (!after && !before) return {};
  return { page: String(page), after, before };
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const query = new URLSearchParams(defined).toString();
  return query ? `${path}?${query}` : path;
}
