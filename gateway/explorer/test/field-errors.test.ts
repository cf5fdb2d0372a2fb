import { GraphQLError } from 'graphql';
import i18next from 'i18next';
import { CombinedError } from 'urql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleMessage } from '../src/editing/rule-message.ts';
import { writeProblems } from '../src/editing/write-errors.ts';
import { en } from '../src/i18n/en.ts';
import { zhCN } from '../src/i18n/zh-CN.ts';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', initAsync: false }));

/** A refusal as parseInput sends it: the first issue in `field`/`rule`, every issue in `issues`. */
const refusal = (...issues: { field: string; rule: string; message: string; params?: Record<string, unknown> }[]) =>
  new CombinedError({
    graphQLErrors: [new GraphQLError(issues[0].message, { extensions: { code: 'BAD_USER_INPUT', field: issues[0].field, rule: issues[0].rule, issues } })],
  });

/** A refusal as the kit's ruleError sends it: one field, its rule, and the rule's bounds or choices as `params`. */
const ruleRefusal = (field: string, rule: string, message: string, params?: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, rule, ...(params && { params }) } })] });

const YEAR = { field: 'input.year', rule: 'range', message: 'input.year must be a year from 1949 to 2100', params: { min: 1949, max: 2100 } };

/** What the field labelled `label` says under it, in `language`. */
function shown(error: CombinedError, name: string, label: string, language = 'zh-CN') {
  const t = i18n.getFixedT(language);
  const issue = writeProblems(error, t, [name]).fields[name];
  return issue && ruleMessage(issue, label, t);
}

describe("a refused field's message", () => {
  it('says the rule fully in Chinese, from its parameters, with no English in it', () => {
    expect(shown(refusal(YEAR), 'year', '年份')).toBe('年份须在 1949 至 2100 之间');
    expect(shown(refusal({ ...YEAR, params: { min: 0 } }), 'year', '招生人数')).toBe('招生人数不能小于 0');
    expect(shown(refusal({ field: 'input.note', rule: 'length', message: 'input.note must be at most 500 characters', params: { maxLength: 500 } }), 'note', '说明')).toBe(
      '说明最多 500 个字',
    );
    expect(shown(refusal({ field: 'input.name', rule: 'length', message: 'input.name must not be empty', params: { minLength: 1 } }), 'name', '名称')).toBe('名称不能为空');
    expect(shown(refusal({ field: 'input.town', rule: 'town', message: 'input.town must be one of 河上镇, 瓜沥镇', params: { values: ['河上镇', '瓜沥镇'] } }), 'town', '镇街')).toBe(
      '镇街须为以下之一：河上镇，瓜沥镇',
    );
  });

  it("falls back to the rule's generic Chinese wording without parameters, and never to the API's English", () => {
    expect(shown(refusal({ ...YEAR, params: undefined }), 'year', '年份')).toBe('超出允许范围');
    expect(shown(refusal({ field: 'input.hostSchoolId', rule: 'oneHost', message: 'input.hostSchoolId cannot be set while …' }), 'hostSchoolId', '依托学校')).toBe(
      '工作室只有一个依托单位：企业或学校，不能两者都有',
    );
    expect(shown(refusal({ field: 'input.year', rule: 'somethingNew', message: 'input.year breaks a new rule' }), 'year', '年份')).toBe('输入有误，请检查后重试');
  });

  it("words a rule about the record's state (ruleError) from its params too", () => {
    // A level change before the studio's latest one.
    const order = ruleRefusal('input.year', 'order', 'input.year must not be before 2019, the year of the latest level change of MasterStudio 2.', { min: 2019 });
    expect(shown(order, 'year', '年份')).toBe('年份不能早于 2019');
    // A pay policy's lowest rise above the highest it keeps, and the highest below the lowest.
    const minMax = 'input.upliftMinPercent would leave upliftMinPercent 30 above upliftMaxPercent 20.';
    expect(shown(ruleRefusal('input.upliftMinPercent', 'minMax', minMax, { max: 20 }), 'upliftMinPercent', '最低涨幅（%）')).toBe('最低涨幅（%）不能大于 20');
    expect(shown(ruleRefusal('input.upliftMaxPercent', 'minMax', minMax, { min: 30 }), 'upliftMaxPercent', '最高涨幅（%）')).toBe('最高涨幅（%）不能小于 30');
    // A certification period: days come before or after.
    expect(shown(ruleRefusal('input.periodEnd', 'range', 'input.periodEnd must not be before 2021-06, …', { min: '2021-06-01' }), 'periodEnd', '截止日期')).toBe(
      '截止日期不能早于 2021-06-01',
    );
    expect(shown(ruleRefusal('input.periodEnd', 'range', 'input.periodEnd must not be after today, 2026-03-01 …', { max: '2026-03-01' }), 'periodEnd', '截止日期')).toBe(
      '截止日期不能晚于 2026-03-01',
    );
    expect(shown(ruleRefusal('input.periodEnd', 'range', 'input.periodEnd must be a date from …', { min: '1949-01-01', max: '2100-12-31' }), 'periodEnd', '截止日期')).toBe(
      '截止日期须在 1949-01-01 至 2100-12-31 之间',
    );
    // A page size, should a form ever send one.
    expect(shown(ruleRefusal('first', 'range', 'first must be from 0 to 100 …', { min: 0, max: 100 }), 'first', '每页条数')).toBe('每页条数须在 0 至 100 之间');
    // Without params, as before: the rule's generic wording, never the API's English.
    expect(shown(ruleRefusal('input.year', 'order', 'input.year must not be before 2019.'), 'year', '年份')).toBe('先后顺序不对');
    expect(shown(ruleRefusal('input.upliftMinPercent', 'minMax', minMax), 'upliftMinPercent', '最低涨幅（%）')).toBe('最低值不能高于最高值');
    // English keeps the API's words.
    expect(shown(order, 'year', 'Year', 'en')).toBe('Year must not be before 2019, the year of the latest level change of MasterStudio 2.');
  });

  it("words a list's item limit, whether a write's rule or the input check for any list sent it", () => {
    const rule = { field: 'input.occupationCodes', rule: 'length', message: 'input.occupationCodes must list at most 50 occupations', params: { maxItems: 50 } };
    expect(shown(refusal(rule), 'occupationCodes', '工种')).toBe('工种最多 50 项');
    const check = ruleRefusal('input.occupationCodes', 'length', 'input.occupationCodes must list at most 1000 items (it lists 1001).', { maxItems: 1000 });
    expect(shown(check, 'occupationCodes', '工种')).toBe('工种最多 1000 项');
    expect(shown(check, 'occupationCodes', 'Occupations', 'en')).toBe('Occupations must list at most 1000 items (it lists 1001).');
  });

  it("words a credit code's refusal from its params: its length and characters, or the check character its first 17 call for", () => {
    const label = '统一社会信用代码';
    const characters = ruleRefusal('input.creditCode', 'format', 'input.creditCode must be 18 digits and capital letters other than I, O, S, V and Z (统一社会信用代码)', {
      length: 18,
      characters: '0123456789ABCDEFGHJKLMNPQRTUWXY',
    });
    expect(shown(characters, 'creditCode', label)).toBe('统一社会信用代码须为 18 位数字或大写字母（不含 I，O，S，V，Z）');
    const check = ruleRefusal('input.creditCode', 'format', 'input.creditCode ends in 1, but its first 17 characters call for 6 (GB 32100-2015): a character is mistyped', { checkCharacter: '6' });
    expect(shown(check, 'creditCode', label)).toBe('统一社会信用代码校验不通过：按前 17 位，最后一位应为 6，请检查是否有字符输错');
    expect(shown(check, 'creditCode', 'Credit code', 'en')).toBe('Credit code ends in 1, but its first 17 characters call for 6 (GB 32100-2015): a character is mistyped');
  });

  it('puts a required field sent empty beside the field, though GraphQL names only the variable', () => {
    const empty = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Variable "$input" got invalid value null at "input.year"; Expected non-nullable type "Int!" not to be null.', { extensions: { code: 'BAD_USER_INPUT' } }),
      ],
    });
    expect(shown(empty, 'year', '年份')).toBe('必须填写');
    expect(shown(empty, 'year', 'Year', 'en')).toBe('Year must be filled in');
    expect(writeProblems(empty, i18n.getFixedT('zh-CN'), ['year']).form).toBeUndefined();
  });

  it("shows the API's own words in English", () => {
    expect(shown(refusal(YEAR), 'year', 'Year', 'en')).toBe('Year must be a year from 1949 to 2100');
    expect(shown(refusal({ field: 'input.year', rule: 'somethingNew', message: 'input.year breaks a new rule' }), 'year', 'Year', 'en')).toBe('Year breaks a new rule');
  });

  it('puts each issue beside its own field and keeps the first for a field', () => {
    const error = refusal(YEAR, { ...YEAR, params: { max: 2100 } }, { field: 'input.level', rule: 'changed', message: 'input.level must differ' });
    const problems = writeProblems(error, i18n.getFixedT('zh-CN'), ['year', 'level']);
    expect(problems.fields).toEqual({ year: { rule: 'range', message: YEAR.message, params: YEAR.params }, level: { rule: 'changed', message: 'input.level must differ' } });
    expect(problems.form).toBeUndefined();
  });
});
