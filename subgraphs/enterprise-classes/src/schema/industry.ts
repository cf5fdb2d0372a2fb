import { catalogue } from './catalogues.ts';

/** Majors, industry colleges and classes are added to Industry in their own files. */
export const Industry = catalogue('Industry', 'industries', 'industry', 500, {
  description: 'An industry (产业) the registries classify by; priority ones are the district training focus.',
  code: 'The industry code, e.g. SMART_VEHICLES.',
  name: 'The industry name in Chinese.',
  priority: 'One of the priority industries: smart vehicles, high-end equipment, modern textiles.',
  list: 'Industries (产业), priority ones first, then by code.',
  one: 'One industry (产业) by code; null if there is none.',
});
