import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel, valueText } from '../src/editing/audit-values.ts';
import { formatters } from '../src/format.ts';
import { en } from '../src/i18n/en.ts';
import { zhCN } from '../src/i18n/zh-CN.ts';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', initAsync: false }));

describe("an audit entry's values as people read them", () => {
  const zh = () => i18n.getFixedT('zh-CN');
  const value = (recordType: string, field: string, v: unknown, language: 'zh-CN' | 'en' = 'zh-CN') =>
    valueText(i18n.getFixedT(language), formatters(language), recordType, field, v);

  it('names a kind by its record type', () => {
    expect(value('Subsidy', 'kind', 'CERTIFICATION_GRANT')).toBe('等级认定一次性资助');
    expect(value('CertificationBody', 'kind', 'SOCIAL_EVALUATION_ORGANISATION')).toBe('社会评价组织');
    expect(value('MasterStudio', 'kind', 'TECHNICIAN_STUDIO')).toBe('技师工作室');
    expect(value('Subsidy', 'kind', 'HIGH_SKILL_TALENT_SUBSIDY', 'en')).toBe('High-skill talent subsidy');
  });

  it('shows money in 万元, counts with separators, years and ids as they are', () => {
    expect(value('Subsidy', 'amountCny', 2_230_000)).toBe('223万元');
    expect(value('Subsidy', 'amountCny', '5000')).toBe('0.5万元');
    expect(value('Subsidy', 'amountCny', 12_345, 'en')).toBe('1.2345 × 10k yuan');
    expect(value('CertificationBatch', 'peopleCertified', 5926)).toBe('5,926');
    expect(value('Subsidy', 'year', 2026)).toBe('2026');
    expect(value('EnterpriseClass', 'partnerEnterpriseId', 1234)).toBe('1234');
    expect(value('PayPolicy', 'upliftMaxPercent', '15.00')).toBe('15%');
    // A calendar day as its day; an instant in Asia/Shanghai.
    expect(value('CertificationBatch', 'periodEnd', '2023-10-31T00:00:00.000Z')).toBe('2023年10月31日');
    expect(value('MasterStudio', 'retiredAt', '2026-12-05T20:30:00.000Z')).toBe('2026/12/6 04:30');
  });

  it('labels every field, booleans and lists in the interface language', () => {
    expect(fieldLabel(zh(), 'industryInferred')).toBe('产业为推断');
    expect(fieldLabel(i18n.getFixedT('en'), 'industryInferred')).toBe('Industry inferred');
    expect(value('Enterprise', 'industryInferred', true)).toBe('是');
    expect(value('PromotionPathway', 'honours', ['浙江省技术能手', '萧山工匠'])).toBe('浙江省技术能手、萧山工匠');
  });
});
