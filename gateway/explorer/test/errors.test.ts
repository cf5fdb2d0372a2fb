import { GraphQLError } from 'graphql';
import i18next from 'i18next';
import { CombinedError } from 'urql';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../src/components/query-state.tsx';
import { en } from '../src/i18n/en.ts';
import { zhCN } from '../src/i18n/zh-CN.ts';

const i18n = i18next.createInstance();
beforeAll(() => i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, lng: 'zh-CN', initAsync: false }));

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('API errors in the interface language', () => {
  it('chooses the Chinese message by the error code and names the registry as users know it', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(describeError(apiError('Could not reach pay-policies', { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'pay-policies' }), t)).toBe(
      '薪酬政策登记暂时无法访问，请稍后再试。',
    );
    expect(describeError(apiError('stale', { code: 'VERSION_CONFLICT' }), t)).toBe('记录已被他人修改，请重新加载后再试。');
    expect(describeError(apiError('no token', { code: 'UNAUTHENTICATED' }), t)).toBe('请先登录。');
    expect(describeError(apiError('id must be a positive whole number', { code: 'BAD_USER_INPUT' }), t)).toBe('输入有误，请检查后重试。');
  });

  it("keeps the API's and the browser's English out of Chinese text; English shows the API's detail", () => {
    const network = new CombinedError({ networkError: new TypeError('Failed to fetch') });
    expect(describeError(network, i18n.getFixedT('zh-CN'))).toBe('无法连接到服务，请检查网络后重试。');
    expect(describeError(network, i18n.getFixedT('en'))).toBe('The service could not be reached; check the connection and try again.');
    const cursor = apiError('Invalid cursor: garbage', { code: 'BAD_USER_INPUT' });
    expect(describeError(cursor, i18n.getFixedT('zh-CN'))).toBe('输入有误，请检查后重试。');
    expect(describeError(cursor, i18n.getFixedT('en'))).toBe('Invalid input: Invalid cursor: garbage');
    expect(describeError(apiError('boom', { code: 'SOMETHING_NEW' }), i18n.getFixedT('zh-CN'))).toBe('出现意外错误，请稍后再试。');
    // The rule the API names, in Chinese.
    const id = apiError('id must be a positive whole number', { code: 'BAD_USER_INPUT', field: 'id', rule: 'format' });
    expect(describeError(id, i18n.getFixedT('zh-CN'))).toBe('输入有误（格式不对），请检查后重试。');
    expect(describeError(id, i18n.getFixedT('en'))).toBe('Invalid input: id must be a positive whole number');
  });

  it('never shows an internal service name, in either language', () => {
    const error = apiError('timeout', { code: 'GATEWAY_TIMEOUT', serviceName: 'master-studios' });
    expect(describeError(error, i18n.getFixedT('zh-CN'))).toBe('大师工作室登记响应超时，请稍后再试。');
    expect(describeError(error, i18n.getFixedT('en'))).toBe('The master studio registry took too long to answer; try again later.');
  });

  it('says the rest is shown only when other fields did arrive', () => {
    const error = apiError('Could not reach pay-policies', { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'pay-policies' });
    expect(describeError(error, i18n.getFixedT('zh-CN'), true)).toBe('薪酬政策登记暂时无法访问，其余信息照常显示。');
    expect(describeError(error, i18n.getFixedT('en'), true)).toBe('The pay policy registry cannot be reached; everything else is shown.');
  });
});
