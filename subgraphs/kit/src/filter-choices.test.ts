import { describe, expect, it } from 'vitest';
import { catalogueChoices, checkFilterChoices, type FilterChoices } from './filter-choices.ts';

const INDUSTRIES = ['HIGH_END_EQUIPMENT', 'SMART_VEHICLES'];
const industries = catalogueChoices('Industry', { exist: (codes) => codes.map((c) => INDUSTRIES.includes(c)), all: () => INDUSTRIES });

async function refusal(values: string[], field: string, choices: FilterChoices) {
  return checkFilterChoices(values, field, choices).then(
    () => undefined,
    (error) => error,
  );
}

describe('filter values outside their choices', () => {
  it('passes known values and no values', async () => {
    expect(await refusal(['SMART_VEHICLES'], 'filter.industryCodes', industries)).toBeUndefined();
    await expect(checkFilterChoices(undefined, 'filter.industryCodes', industries)).resolves.toBeUndefined();
  });

  it('refuses an unknown code with BAD_USER_INPUT naming the argument and every valid code', async () => {
    const error = await refusal(['SMART_VEHICLES', 'SMART_VEHICLE', 'SMART_VEHICLE'], 'filter.industryCodes', industries);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCodes' });
    expect(error.message).toBe('filter.industryCodes has unknown industry code(s) SMART_VEHICLE; valid industry codes: HIGH_END_EQUIPMENT, SMART_VEHICLES.');
  });

  it('says where to find the occupations rather than listing them', async () => {
    const occupations = catalogueChoices('Occupation', { exist: (codes) => codes.map(() => false), all: () => ['FITTER'] });
    const error = await refusal(['FITER'], 'filter.occupationCodes', occupations);
    expect(error.message).toBe('filter.occupationCodes has unknown occupation code(s) FITER; the valid occupation codes are listed by `occupations { code name }`.');
  });

  it('points at the listing query when there are too many choices to name', async () => {
    const many = Array.from({ length: 31 }, (_, i) => `CODE_${i}`);
    const error = await refusal(['NOPE'], 'filter.industryCodes', catalogueChoices('Industry', { exist: (codes) => codes.map((c) => many.includes(c)), all: () => many }));
    expect(error.message).toBe('filter.industryCodes has unknown industry code(s) NOPE; the valid industry codes are listed by `industries { code name }`.');
  });

  it('lets the filter run unchecked while the catalogue cannot be asked', async () => {
    const unreachable = catalogueChoices('Industry', { exist: async () => undefined });
    expect(await refusal(['ANYTHING'], 'filter.industryCodes', unreachable)).toBeUndefined();
  });

  it('refuses a code with spaces around it, quoted, though the owning registry would read it trimmed', async () => {
    const trimming = catalogueChoices('Industry', { exist: (codes) => codes.map((c) => INDUSTRIES.includes(c.trim())), all: () => INDUSTRIES });
    const error = await refusal([' SMART_VEHICLES '], 'filter.industryCodes', trimming);
    expect(error.message).toBe('filter.industryCodes has unknown industry code(s) " SMART_VEHICLES "; valid industry codes: HIGH_END_EQUIPMENT, SMART_VEHICLES.');
    expect(await refusal([' SMART_VEHICLES'], 'filter.industryCodes', catalogueChoices('Industry', { exist: async () => undefined }))).toBeDefined();
  });
});
