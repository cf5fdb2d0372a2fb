import type { SqlDriverAdapterFactory } from '@prisma/client/runtime/client';

/** Counts the SQL statements Prisma sends, to prove batching in tests and benchmarks. */
export interface StatementCounter {
  readonly count: number;
}

const COUNTED = new Set(['queryRaw', 'executeRaw']);

// Transactions come from the adapter too, so their statements are counted alike.
function countCalls<T extends object>(target: T, counter: { count: number }): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (COUNTED.has(property as string)) {
        return (...args: unknown[]) => {
          counter.count += 1;
          return value.apply(object, args);
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => countCalls(await value.apply(object, args), counter);
      }
      return value.bind(object);
    },
  });
}

/** Wraps a driver-adapter factory so every statement through it is counted. */
export function countStatements(factory: SqlDriverAdapterFactory): {
  factory: SqlDriverAdapterFactory;
  counter: StatementCounter;
} {
  const counter = { count: 0 };
  const wrapped = countCalls(factory, counter);
  return {
    counter,
    factory: new Proxy(wrapped, {
      get(object, property) {
        if (property === 'connect') {
          return async () => countCalls(await factory.connect(), counter);
        }
        return Reflect.get(object, property);
      },
    }),
  };
}
