import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contentTypeMemo } from './content-type.ts';

const memo = contentTypeMemo();
/** The content type each answer carried before Apollo would negotiate one: set there only by the memo. */
const setBeforeNegotiation: (string | undefined)[] = [];
const probe: ApolloServerPlugin = {
  async requestDidStart() {
    return { willSendResponse: async ({ response }) => void setBeforeNegotiation.push(response.http.headers.get('content-type')) };
  },
};
const apollo = new ApolloServer({ schema: buildSchema('type Query { hello: String }'), plugins: [memo.plugin, probe] });
beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

/** One POST as the kit's server hands it over; what Apollo answered is learnt, as the server does. */
async function post(accept: string) {
  const headers = new HeaderMap([['content-type', 'application/json'], ['accept', accept]]);
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: '{ hello }' } },
    context: async () => ({}),
  });
  memo.learn(accept, result.status ?? 200, result.headers);
  return { status: result.status ?? 200, type: result.headers.get('content-type') };
}

it("answers each accept header with Apollo's own choice, the first time and every time after", async () => {
  const graphqlResponse = 'application/graphql-response+json, application/json;q=0.9';
  const first = await post(graphqlResponse);
  expect(first).toEqual({ status: 200, type: 'application/graphql-response+json; charset=utf-8' });
  expect(await post(graphqlResponse)).toEqual(first);
  expect(await post('application/json')).toEqual({ status: 200, type: 'application/json; charset=utf-8' });
  expect(await post('application/json')).toEqual({ status: 200, type: 'application/json; charset=utf-8' });
  // Apollo negotiated the first answer to each header; the memo answered the second.
  expect(setBeforeNegotiation.map(Boolean)).toEqual([false, true, false, true]);
});

it('keeps refusing an accept header Apollo cannot answer', async () => {
  expect((await post('text/html')).status).toBe(406);
  expect((await post('text/html')).status).toBe(406);
});
