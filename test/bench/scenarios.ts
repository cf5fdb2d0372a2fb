// The benchmark's requests, shared with the EXPLAIN tests so the plans checked there are the
// plans measured here.

export interface Scenario {
  id: string;
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Answerable by this subgraph alone, so it is also measured without any gateway. */
  subgraph?: string;
}

const DIRECTORY_PAGE = /* GraphQL */ `
  query StudioDirectory($after: String) {
    masterStudios(filter: { levels: [PROVINCIAL] }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name level town hostEnterprise { name } } }
    }
  }
`;

export const SCENARIOS: Scenario[] = [
  {
    id: '1',
    title: 'studio directory: 50 provincial studios + host enterprise name',
    query: DIRECTORY_PAGE,
  },
  {
    // The article has 10 provincial studios, so at small data scenario 1 is a page of 10 and at
    // large data one of 50: 9 is a full page at both sizes, so this one shows what the data size
    // alone costs.
    id: '1t',
    title: 'studio directory, first 9: the same full page at both data sizes',
    query: DIRECTORY_PAGE.replace('first: 50', 'first: 9'),
  },
  {
    id: '1s',
    title: 'studio directory without the join (one subgraph)',
    query: DIRECTORY_PAGE.replace('hostEnterprise { name }', 'hostEnterprise { id }'),
    subgraph: 'master-studios',
  },
  {
    id: '2',
    title: 'planner: industry -> majors, classes -> partners -> studios, pay',
    variables: { industry: 'SMART_VEHICLES' },
    query: /* GraphQL */ `
      query Planner($industry: String!) {
        industry(code: $industry) {
          name
          majors { name isNew occupationalStandard }
          enterpriseClasses {
            name cohortYear seats
            major { name }
            partnerEnterprise {
              name
              studios { name level leader { name } }
              payPolicies { scope upliftMinPercent upliftMaxPercent effectiveYear }
            }
          }
          studios { name level }
        }
      }
    `,
  },
  {
    id: '3',
    title: 'entity-heavy: 500 studios + host enterprise name and pay policies',
    // `first` as a variable, as clients send it; the page costs 96,297 of the 500,000 cost limit.
    variables: { first: 500 },
    query: /* GraphQL */ `
      query StudiosWithPay($first: Int!) {
        masterStudios(first: $first) {
          edges { node { id name hostEnterprise { name payPolicies { scope upliftMinPercent upliftMaxPercent } } } }
        }
      }
    `,
  },
];

export const scenario = (id: string) => SCENARIOS.find((s) => s.id === id)!;

/** A scenario as a workload of one request, repeated. */
export const repeated = (s: Scenario) => ({
  id: s.id,
  requests: [{ body: JSON.stringify({ query: s.query, variables: s.variables ?? {} }), headers: { 'content-type': 'application/json', accept: 'application/json' } }],
});
