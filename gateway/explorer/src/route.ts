// Routes live in the URL hash (#/studios?level=NATIONAL), so the gateway serves one index.html
// at / and never has to tell an explorer path from one of its own (/graphql, /healthcheck, ...).
import type { StudioLevel } from './gql/graphql.ts';
import { STUDIO_LEVELS } from './labels.ts';

/** A cursor position in a paged list; `page` only numbers it for people (1 is the first). */
export interface PagePosition {
  page: number;
  after?: string;
  before?: string;
  /** The list's last page: its last `last` records, which no cursor reaches in one step. */
  last?: number;
}

/** The town filter's choice for records whose town the source does not state (未注明). */
export const TOWN_NOT_STATED = 'not-stated';

export interface StudioFilterState {
  levels: StudioLevel[];
  occupation?: string;
  industry?: string;
  town?: string;
  name?: string;
  /** Leave out the generated placeholders (provenance GENERATED). */
  hideGenerated?: boolean;
  /** Leave out retired studios (撤销): those still working only. */
  hideRetired?: boolean;
}

export type Route =
  | { name: 'overview' }
  | { name: 'studios'; filter: StudioFilterState; position: PagePosition }
  | { name: 'studio'; id: string }
  // Registering a studio or an enterprise (#/studios/new): ids are numbers, so no record is called new.
  | { name: 'new-studio' }
  // The planner hides generated placeholders unless asked: planners plan with real records.
  | { name: 'planner'; industry?: string; showGenerated?: boolean }
  | { name: 'enterprises'; search?: string; hideGenerated?: boolean; position: PagePosition }
  | { name: 'enterprise'; id: string }
  | { name: 'new-enterprise' }
  | { name: 'schools' }
  | { name: 'school'; id: string; hideGenerated?: boolean }
  | { name: 'audit'; filter: AuditFilterState }
  // One search across the registries (#/search?q=杭齿).
  | { name: 'search'; text?: string }
  | { name: 'not-found' };

export const AUDIT_REGISTRIES = ['master-studios', 'enterprise-classes', 'pay-policies'] as const;
export type AuditRegistry = (typeof AUDIT_REGISTRIES)[number];

/** The audit trail's filters; dates are calendar days in Asia/Shanghai, inclusive. */
export interface AuditFilterState {
  registry?: AuditRegistry;
  recordType?: string;
  recordId?: string;
  person?: string;
  from?: string;
  to?: string;
}

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
      if (id === 'new') return { name: 'new-studio' };
      if (id) return { name: 'studio', id };
      const levels = (params.get('level') ?? '').split(',').filter(isStudioLevel);
      const filter = {
        levels,
        occupation: text('occupation'),
        industry: text('industry'),
        town: text('town'),
        name: text('q'),
        hideGenerated: params.get('generated') === 'hide' || undefined,
        hideRetired: params.get('retired') === 'hide' || undefined,
      };
      return { name: 'studios', filter, position: position(params) };
    }
    case 'planner': {
      const showGenerated = params.get('generated') === 'show' || undefined;
      return { name: 'planner', ...(id && { industry: id }), ...(showGenerated && { showGenerated }) };
    }
    case 'enterprises': {
      if (id === 'new') return { name: 'new-enterprise' };
      if (id) return { name: 'enterprise', id };
      const hideGenerated = params.get('generated') === 'hide' || undefined;
      return { name: 'enterprises', search: text('q'), ...(hideGenerated && { hideGenerated }), position: position(params) };
    }
    case 'schools':
      if (!id) return { name: 'schools' };
      return params.get('generated') === 'hide' ? { name: 'school', id, hideGenerated: true } : { name: 'school', id };
    case 'audit': {
      if (id) return { name: 'not-found' };
      const registry = AUDIT_REGISTRIES.find((r) => r === params.get('registry'));
      const day = (key: string) => (/^\d{4}-\d{2}-\d{2}$/.test(params.get(key) ?? '') ? params.get(key)! : undefined);
      const filter = { registry, recordType: text('type'), recordId: text('record'), person: text('person'), from: day('from'), to: day('to') };
      return { name: 'audit', filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) };
    }
    case 'search':
      return id ? { name: 'not-found' } : { name: 'search', text: text('q') };
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
      const { levels, occupation, industry, town, name, hideGenerated, hideRetired } = route.filter;
      return withQuery('#/studios', {
        level: levels.length ? levels.join(',') : undefined,
        occupation, industry, town, q: name, generated: hideGenerated ? 'hide' : undefined, retired: hideRetired ? 'hide' : undefined,
        ...positionParams(route.position),
      });
    }
    case 'studio':
      return `#/studios/${encodeURIComponent(route.id)}`;
    case 'new-studio':
      return '#/studios/new';
    case 'planner':
      return withQuery(route.industry ? `#/planner/${encodeURIComponent(route.industry)}` : '#/planner', {
        generated: route.showGenerated ? 'show' : undefined,
      });
    case 'enterprises':
      return withQuery('#/enterprises', {
        q: route.search, generated: route.hideGenerated ? 'hide' : undefined, ...positionParams(route.position),
      });
    case 'enterprise':
      return `#/enterprises/${encodeURIComponent(route.id)}`;
    case 'new-enterprise':
      return '#/enterprises/new';
    case 'schools':
      return '#/schools';
    case 'school':
      return withQuery(`#/schools/${encodeURIComponent(route.id)}`, { generated: route.hideGenerated ? 'hide' : undefined });
    case 'audit': {
      const { registry, recordType, recordId, person, from, to } = route.filter;
      return withQuery('#/audit', { registry, type: recordType, record: recordId, person, from, to });
    }
    case 'search':
      return withQuery('#/search', { q: route.text });
  }
}

function isStudioLevel(value: string): value is StudioLevel {
  return (STUDIO_LEVELS as string[]).includes(value);
}

function position(params: URLSearchParams): PagePosition {
  const page = Number(params.get('page'));
  const after = params.get('after') || undefined;
  const before = params.get('before') || undefined;
  const last = Number(params.get('last'));
  if (!Number.isInteger(page) || page < 1) return FIRST_PAGE;
  if (after) return { page, after };
  if (before) return { page, before };
  return Number.isInteger(last) && last > 0 ? { page, last } : FIRST_PAGE;
}

function positionParams({ page, after, before, last }: PagePosition) {
  if (!after && !before && !last) return {};
  return { page: String(page), after, before, last: last ? String(last) : undefined };
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const query = new URLSearchParams(defined).toString();
  return query ? `${path}?${query}` : path;
}
