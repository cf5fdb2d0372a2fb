import type { SqlDriverAdapterFactory } from '@prisma/client/runtime/client';

/** Counts the SQL statements Prisma sends, to prove batching in tests and benchmarks. */
export interface StatementCounter {
  readonly count: number;
}

/** One statement as Prisma sends it: SQL with $1.. placeholders, and their values. */
export interface SqlStatement {
  sql: string;
  args: unknown[];
}

type OnStatement = ((statement: SqlStatement) => void) | undefined;

const COUNTED = new Set(['queryRaw', 'executeRaw']);

// Transactions come from the adapter too, so their statements are counted alike.
function countCalls<T extends object>(target: T, counter: { count: number }, onStatement: OnStatement): T {
  // Prisma reads the adapter's methods on every statement: wrap each once, not per read.
  const wrapped = new Map<PropertyKey, { of: unknown; as: unknown }>();
  const wrap = (property: PropertyKey, value: (...args: unknown[]) => unknown) => {
    if (COUNTED.has(property as string)) {
      return (...args: unknown[]) => {
        counter.count += 1;
        onStatement?.(args[0] as SqlStatement);
        return value.apply(target, args);
      };
    }
    if (property === 'startTransaction') {
      return async (...args: unknown[]) => countCalls((await value.apply(target, args)) as object, counter, onStatement);
    }
    return value.bind(target);
  };
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      const known = wrapped.get(property);
      if (known?.of === value) return known.as;
      const as = wrap(property, value as (...args: unknown[]) => unknown);
      wrapped.set(property, { of: value, as });
      return as;
    },
  });
}

/** Wraps a driver-adapter factory so every statement through it is counted (and shown to `onStatement`). */
export function countStatements(factory: SqlDriverAdapterFactory, onStatement?: OnStatement): {
  factory: SqlDriverAdapterFactory;
  counter: StatementCounter;
} {
  const counter = { count: 0 };
  const wrapped = countCalls(factory, counter, onStatement);
  return {
    counter,
    factory: new Proxy(wrapped, {
      get(object, property) {
        if (property === 'connect') {
          return async () => countCalls(await factory.connect(), counter, onStatement);
        }
        return Reflect.get(object, property);
      },
    }),
  };
}
