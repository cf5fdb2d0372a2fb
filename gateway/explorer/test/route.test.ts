import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, hrefFor, parseRoute, type Route } from '../src/route.ts';

describe('explorer routes in the location hash', () => {
  it.each<Route>([
    { name: 'overview' },
    { name: 'studios', filter: { levels: [] }, position: FIRST_PAGE },
    {
      name: 'studios',
      filter: { levels: ['PROVINCIAL', 'NATIONAL'], occupation: 'FITTER', industry: 'SMART_VEHICLES', town: '瓜沥镇', name: '陆立军' },
      position: { page: 3, after: 'Y3Vyc29yOjI0' },
    },
    { name: 'studio', id: '12' },
    { name: 'new-studio' },
    { name: 'planner' },
    { name: 'planner', industry: 'MODERN_TEXTILES' },
    { name: 'planner', industry: 'MODERN_TEXTILES', showGenerated: true },
    { name: 'studios', filter: { levels: ['CITY'], hideGenerated: true }, position: FIRST_PAGE },
    { name: 'studios', filter: { levels: [], hideRetired: true }, position: FIRST_PAGE },
    { name: 'enterprises', search: '电装', hideGenerated: true, position: FIRST_PAGE },
    { name: 'enterprises', search: '正强', position: { page: 2, before: 'Y3Vyc29yOjIx' } },
    { name: 'enterprises', position: { page: 11, last: 9 } },
    { name: 'enterprise', id: '5' },
    { name: 'new-enterprise' },
    { name: 'schools' },
    { name: 'school', id: '1' },
    { name: 'school', id: '1', hideGenerated: true },
    { name: 'audit', filter: {} },
    { name: 'audit', filter: { registry: 'master-studios', recordType: 'MasterStudio', recordId: '12', person: 'local-bureau_admin', from: '2026-12-01', to: '2026-12-06' } },
    { name: 'search', text: '杭齿' },
    { name: 'search', text: '50%_a&b' },
    { name: 'search' },
  ])('reads back what it writes: %j', (route) => {
    expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('drops unknown levels, blank text and cursors without a page number', () => {
    expect(parseRoute('#/studios?level=NATIONAL,GALACTIC&q=%20%20&after=abc')).toEqual({
      name: 'studios',
      filter: { levels: ['NATIONAL'], occupation: undefined, industry: undefined, town: undefined, name: undefined },
      position: FIRST_PAGE,
    });
  });

  it('takes a last page of no records, or of a count that is not one, as the first page', () => {
    for (const last of ['0', '-3', '2.5', 'all']) {
      expect(parseRoute(`#/enterprises?page=4&last=${last}`)).toMatchObject({ position: FIRST_PAGE });
    }
  });

  it('sends unknown addresses to a not-found page', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/studios/1/extra')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/studios/new/extra')).toEqual({ name: 'not-found' });
    expect(parseRoute('')).toEqual({ name: 'overview' });
  });
});
