// The benchmark's headline workload: real traffic does not repeat one request. A seeded generator
// draws operations, variables (over every id, filter and page size the data has) and callers
// (anonymous, and signed-in roles with tokens of their own) into a pool of requests that the load
// cycles through. The same seed gives the same pool.
import { signLocalToken, type LocalTokenClaims } from '@partnership/gateway';

export interface MixRequest {
  operation: string;
  body: string;
  headers: Record<string, string>;
}

/** What the data holds, read through the gateway before the pool is drawn. */
export interface Universe {
  studios: number;
  enterprises: number;
  industryCodes: string[];
  schoolIds: string[];
}

export const UNIVERSE_QUERY = /* GraphQL */ `{
  industries { code }
  schools { id }
  masterStudios(first: 1) { totalCount }
  enterprises(first: 1) { totalCount }
}`;

export function universeOf(data: {
  industries: { code: string }[];
  schools: { id: string }[];
  masterStudios: { totalCount: number };
  enterprises: { totalCount: number };
}): Universe {
  return {
    studios: data.masterStudios.totalCount,
    enterprises: data.enterprises.totalCount,
    industryCodes: data.industries.map((i) => i.code),
    schoolIds: data.schools.map((s) => s.id),
  };
}

/** mulberry32: small, fast and deterministic. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const LEVELS = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'];
export const PAGE_SIZES = [5, 10, 20, 50];

interface Operation {
  name: string;
  weight: number;
  /** Answered by this subgraph alone. */
  subgraph?: string;
  query: string;
  variables(random: () => number, universe: Universe): Record<string, unknown>;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const id = (random: () => number, count: number) => String(1 + Math.floor(random() * count));

export const OPERATIONS: Operation[] = [
  {
    name: 'studio page',
    weight: 25,
    query: /* GraphQL */ `query StudioPage($id: ID!) {
      masterStudio(id: $id) {
        id name level town kind
        leader { name honours { name } }
        occupation { code name }
        hostEnterprise { name }
        hostSchool { name }
        levelHistory { level year }
      }
    }`,
    variables: (random, u) => ({ id: id(random, u.studios) }),
  },
  {
    name: 'studio directory page',
    weight: 25,
    query: /* GraphQL */ `query Directory($levels: [StudioLevel!], $first: Int!) {
      masterStudios(filter: { levels: $levels }, first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name level town hostEnterprise { name } } }
      }
    }`,
    variables: (random) => ({
      levels: LEVELS.filter(() => random() < 0.5).concat(pick(random, LEVELS)).filter((l, i, all) => all.indexOf(l) === i),
      first: pick(random, PAGE_SIZES),
    }),
  },
  {
    name: 'enterprise profile',
    weight: 20,
    query: /* GraphQL */ `query EnterpriseProfile($id: ID!) {
      enterprise(id: $id) {
        name nameEn provenance
        industry { name }
        payPolicies { scope upliftMinPercent upliftMaxPercent }
        promotionPathways { fromRole toRole }
        certificationBodies { kind batches { periodEnd peopleCertified } }
        partnerSchools { name }
        enterpriseClasses { name cohortYear }
        studios { name level leader { name } }
      }
    }`,
    variables: (random, u) => ({ id: id(random, u.enterprises) }),
  },
  {
    name: 'planner',
    weight: 10,
    query: /* GraphQL */ `query Planner($industry: String!) {
      industry(code: $industry) {
        name
        majors { name isNew }
        enterpriseClasses {
          name cohortYear seats
          partnerEnterprise { name studios { name level } payPolicies { scope upliftMinPercent upliftMaxPercent } }
        }
        studios { name level }
      }
    }`,
    variables: (random, u) => ({ industry: pick(random, u.industryCodes) }),
  },
  {
    name: 'enterprises of an industry',
    weight: 10,
    query: /* GraphQL */ `query IndustryEnterprises($industry: String!, $first: Int!) {
      enterprises(filter: { industryCodes: [$industry] }, first: $first) {
        totalCount
        edges { node { id name town payPolicies { scope upliftMinPercent } studios { name } } }
      }
    }`,
    variables: (random, u) => ({ industry: pick(random, u.industryCodes), first: pick(random, PAGE_SIZES) }),
  },
  {
    name: 'studio summary (one subgraph)',
    weight: 10,
    subgraph: 'master-studios',
    query: /* GraphQL */ `query StudioSummary($id: ID!) {
      masterStudio(id: $id) { id name level town levelHistory { level year } }
    }`,
    variables: (random, u) => ({ id: id(random, u.studios) }),
  },
];

/** Signed-in callers of the mix: each role, several people, each with a token of their own. */
function callers(universe: Universe): LocalTokenClaims[] {
  return [
    ...['zhang.min', 'wang.fang', 'liu.yang'].map((subject) => ({ subject, role: 'BUREAU_ADMIN' as const })),
    ...universe.schoolIds.slice(0, 3).map((schoolId, i) => ({ subject: `staff.${i}`, role: 'COLLEGE_STAFF' as const, schoolId: Number(schoolId) })),
    ...[5, 1, 12].map((enterpriseId) => ({ subject: `hr.${enterpriseId}`, role: 'ENTERPRISE_HR' as const, enterpriseId })),
  ];
}

export interface MixOptions {
  seed: number;
  size: number;
  /** The share of requests sent with a token. */
  signedInShare: number;
  /** Only operations answered by this subgraph (to compare with the subgraph alone). */
  subgraph?: string;
}

/** Draws the pool; tokens are signed with `jwtSecret`, as the gateway under test verifies them. */
export async function drawMix(universe: Universe, jwtSecret: string, options: MixOptions): Promise<MixRequest[]> {
  const random = seededRandom(options.seed);
  const tokens = await Promise.all(callers(universe).map((claims) => signLocalToken(claims, jwtSecret, '24h')));
  const operations = OPERATIONS.filter((o) => !options.subgraph || o.subgraph === options.subgraph);
  const total = operations.reduce((sum, o) => sum + o.weight, 0);
  const pool: MixRequest[] = [];
  for (let i = 0; i < options.size; i++) {
    let roll = random() * total;
    const operation = operations.find((o) => (roll -= o.weight) < 0) ?? operations[operations.length - 1];
    const variables = operation.variables(random, universe);
    const signedIn = random() < options.signedInShare;
    const token = signedIn ? pick(random, tokens) : undefined;
    pool.push({
      operation: operation.name,
      body: JSON.stringify({ query: operation.query, variables }),
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    });
  }
  return pool;
}

/** The operations, weights and callers, as the report describes them. */
export function describeMix(signedInShare: number): string {
  const total = OPERATIONS.reduce((sum, o) => sum + o.weight, 0);
  return `${OPERATIONS.map((o) => `${o.name} ${Math.round((100 * o.weight) / total)}%`).join(', ')}; ` +
    `${Math.round(100 * signedInShare)}% of requests signed in (9 callers: BUREAU_ADMIN, COLLEGE_STAFF, ENTERPRISE_HR, a token each), the rest anonymous`;
}
