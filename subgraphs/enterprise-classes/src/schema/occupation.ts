import { catalogue } from './catalogues.ts';

/** Enterprise classes are added to Occupation in their own file. */
export const Occupation = catalogue('Occupation', 'occupations', 'occupation', 200, {
  description: 'An occupation or trade (职业/工种) the registries classify by; priority ones are the district training focus.',
  code: 'The occupation code, e.g. FITTER.',
  name: 'The occupation (工种) name in Chinese.',
  priority: 'One of the priority trades: fitter, electrician, milling worker, dyeing finisher, dyer.',
  list: 'Occupations (职业/工种), priority ones first, then by code.',
  one: 'One occupation (职业/工种) by code; null if there is none.',
});
