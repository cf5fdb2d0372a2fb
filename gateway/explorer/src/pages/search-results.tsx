import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ExportTools } from '../components/export-tools.tsx';
import { BilingualLink } from '../components/names.tsx';
import { QueryState, type Registry } from '../components/query-state.tsx';
import { GeneratedTag } from '../components/tags.tsx';
import type { Column } from '../export/table.ts';
import { graphql } from '../gql/index.ts';
import type { CrossRegistrySearchQuery, Provenance, StudioHitFragment } from '../gql/graphql.ts';
import { FIRST_PAGE, hrefFor } from '../route.ts';

/** Hits per kind: the best few of each; the planner and directories list the rest. */
export const HITS_PER_KIND = 20;
/** The studios listed under a matching host or trade (the query's default too, for callers that leave it out). */
export const STUDIOS_PER_HIT = 10;

export const StudioHit = graphql(`
  fragment StudioHit on MasterStudio {
    id
    name
    nameEn
    town
    provenance
  }
`);

// One request: each registry ranks its own kinds; the studios a matching enterprise hosts, a
// matching master leads or a matching trade practises come nested under those hits (the first
// ten of a host or trade: the studio directory lists them all).
const CrossRegistrySearchQuery = graphql(`
  query CrossRegistrySearch($text: String!, $first: Int, $studiosPerHit: Int = 10) {
    searchStudios(text: $text, first: $first) {
      ...StudioHit
    }
    searchMasters(text: $text, first: $first) {
      id
      name
      nameEn
      provenance
      studios {
        id
        name
      }
    }
    searchEnterprises(text: $text, first: $first) {
      id
      name
      nameEn
      town
      provenance
      firstStudios(first: $studiosPerHit) {
        ...StudioHit
      }
    }
    searchEnterpriseClasses(text: $text, first: $first) {
      id
      name
      nameEn
      provenance
      industry {
        code
      }
    }
    searchMajors(text: $text, first: $first) {
      id
      name
      nameEn
      provenance
      industry {
        code
      }
    }
    searchIndustryColleges(text: $text, first: $first) {
      id
      name
      nameEn
      provenance
      industry {
        code
      }
    }
    searchOccupations(text: $text, first: $first) {
      code
      name
      nameEn
      provenance
      firstStudios(first: $studiosPerHit) {
        ...StudioHit
      }
    }
  }
`);

export interface Hit {
  kind: 'studios' | 'masters' | 'enterprises' | 'classes' | 'majors' | 'colleges' | 'occupations';
  key: string;
  name: string;
  nameEn?: string | null;
  provenance: Provenance;
  href: string;
  /** Why it matched when not by its own name, e.g. the host enterprise. */
  via?: string;
}

const planner = (industry: { code: string } | null | undefined, provenance: Provenance) =>
  hrefFor({ name: 'planner', industry: industry?.code, showGenerated: provenance === 'GENERATED' || undefined });

/** The answer as groups of hits, each with the link to its page; studios found through a host or trade follow the direct ones. */
export function hitsOf(data: CrossRegistrySearchQuery, t: TFunction): Hit[] {
  const studio = (s: StudioHitFragment, via?: string): Hit => ({
    kind: 'studios', key: s.id, name: s.name, nameEn: s.nameEn, provenance: s.provenance, href: hrefFor({ name: 'studio', id: s.id }), via,
  });
  const studios = [
    ...(data.searchStudios ?? []).map((s) => studio(s)),
    ...(data.searchEnterprises ?? []).flatMap((e) => (e.firstStudios ?? []).map((s) => studio(s, t('search.viaHost', { name: e.name })))),
    ...(data.searchOccupations ?? []).flatMap((o) => (o.firstStudios ?? []).map((s) => studio(s, t('search.viaTrade', { name: o.name })))),
  ].filter((hit, i, all) => all.findIndex((other) => other.key === hit.key) === i);
  return [
    ...studios,
    ...(data.searchMasters ?? []).map((m): Hit => ({
      kind: 'masters', key: m.id, name: m.name, nameEn: m.nameEn, provenance: m.provenance,
      href: m.studios?.[0] ? hrefFor({ name: 'studio', id: m.studios[0].id }) : hrefFor({ name: 'studios', filter: { levels: [], name: m.name }, position: FIRST_PAGE }),
    })),
    ...(data.searchEnterprises ?? []).map((e): Hit => ({
      kind: 'enterprises', key: e.id, name: e.name, nameEn: e.nameEn, provenance: e.provenance, href: hrefFor({ name: 'enterprise', id: e.id }),
    })),
    ...(data.searchEnterpriseClasses ?? []).map((c): Hit => ({
      kind: 'classes', key: c.id, name: c.name, nameEn: c.nameEn, provenance: c.provenance, href: planner(c.industry, c.provenance),
    })),
    ...(data.searchMajors ?? []).map((m): Hit => ({
      kind: 'majors', key: m.id, name: m.name, nameEn: m.nameEn, provenance: m.provenance, href: planner(m.industry, m.provenance),
    })),
    ...(data.searchIndustryColleges ?? []).map((c): Hit => ({
      kind: 'colleges', key: c.id, name: c.name, nameEn: c.nameEn, provenance: c.provenance, href: planner(c.industry, c.provenance),
    })),
    ...(data.searchOccupations ?? []).map((o): Hit => ({
      kind: 'occupations', key: o.code, name: o.name, nameEn: o.nameEn, provenance: o.provenance,
      href: hrefFor({ name: 'studios', filter: { levels: [], occupation: o.code }, position: FIRST_PAGE }),
    })),
  ];
}

/** The kinds whose list reached its cap: more may match than the group shows. */
export function cappedKinds(data: CrossRegistrySearchQuery): Set<Hit['kind']> {
  const full = (list: readonly unknown[] | null | undefined, cap = HITS_PER_KIND) => (list?.length ?? 0) >= cap;
  const throughHits = [...(data.searchEnterprises ?? []), ...(data.searchOccupations ?? [])].some((hit) => full(hit.firstStudios, STUDIOS_PER_HIT));
  const capped: [Hit['kind'], boolean][] = [
    ['studios', full(data.searchStudios) || throughHits],
    ['masters', full(data.searchMasters)],
    ['enterprises', full(data.searchEnterprises)],
    ['classes', full(data.searchEnterpriseClasses)],
    ['majors', full(data.searchMajors)],
    ['colleges', full(data.searchIndustryColleges)],
    ['occupations', full(data.searchOccupations)],
  ];
  return new Set(capped.filter(([, full]) => full).map(([kind]) => kind));
}

const KINDS: Hit['kind'][] = ['studios', 'masters', 'enterprises', 'classes', 'majors', 'colleges', 'occupations'];

/** Each kind's own search field, and the registry that answers it. */
const SOURCES: Record<Hit['kind'], [keyof Omit<CrossRegistrySearchQuery, '__typename'>, Registry]> = {
  studios: ['searchStudios', 'master-studios'],
  masters: ['searchMasters', 'master-studios'],
  enterprises: ['searchEnterprises', 'pay-policies'],
  classes: ['searchEnterpriseClasses', 'enterprise-classes'],
  majors: ['searchMajors', 'enterprise-classes'],
  colleges: ['searchIndustryColleges', 'enterprise-classes'],
  occupations: ['searchOccupations', 'enterprise-classes'],
};

/** The hits through which studios are found besides their own name, and what the match is by. */
const STUDIOS_VIA = [
  ['enterprises', 'search.viaHostKind'],
  ['occupations', 'search.viaTradeKind'],
] as const satisfies readonly (readonly [Hit['kind'], string])[];

/**
 * The kinds whose registry did not answer, each with that registry: their search field came back
 * null beside an error. (A search that answers gives a list, empty when nothing matches; a text
 * the API refused nulls every field, and is no outage.)
 */
export function unansweredKinds(data: CrossRegistrySearchQuery, errors: readonly { extensions?: Record<string, unknown> }[]): Map<Hit['kind'], Registry> {
  if (!errors.length || errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) return new Map();
  return new Map(KINDS.flatMap((kind) => (data[SOURCES[kind][0]] == null ? [[kind, SOURCES[kind][1]] as const] : [])));
}

/** The directory that filters by name, for the kinds that have one: the rest of a capped group. */
const directoryOf = (kind: Hit['kind'], text: string) =>
  kind === 'studios'
    ? hrefFor({ name: 'studios', filter: { levels: [], name: text }, position: FIRST_PAGE })
    : kind === 'enterprises'
      ? hrefFor({ name: 'enterprises', search: text, position: FIRST_PAGE })
      : undefined;

/**
 * Said once per registry that did not answer, in place of the request's error: the kinds it
 * leaves unsearched and, if studios answered, those found through it. Naming them keeps "not
 * searched" apart from "none matched", which leaves a group out.
 */
function Unanswered({ unanswered }: { unanswered: Map<Hit['kind'], Registry> }) {
  const { t } = useTranslation();
  return [...new Set(unanswered.values())].map((registry) => {
    const kinds = KINDS.filter((kind) => unanswered.get(kind) === registry).map((kind) => t(`searchKind.${kind}`));
    const via = unanswered.has('studios') ? undefined : STUDIOS_VIA.find(([through]) => unanswered.get(through) === registry)?.[1];
    return (
      <p key={registry} className="notice notice-error" role="alert" data-testid="search-unanswered" data-registry={registry}>
        {t('search.unanswered', { registry: t(`registry.${registry}`), kinds, via: via && t(via), context: via ? 'via' : undefined })}
      </p>
    );
  });
}

export function SearchResults({ text }: { text?: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({
    query: CrossRegistrySearchQuery,
    variables: { text: text ?? '', first: HITS_PER_KIND, studiosPerHit: STUDIOS_PER_HIT },
    pause: !text,
  });
  if (!text) return <p className="notice">{t('search.prompt')}</p>;
  const hits = result.data ? hitsOf(result.data, t) : [];
  const capped = result.data ? cappedKinds(result.data) : new Set<Hit['kind']>();
  const unanswered = result.data ? unansweredKinds(result.data, result.error?.graphQLErrors ?? []) : new Map<Hit['kind'], Registry>();
  // With hits, how many (a total only when every registry answered and no group reached its cap); without, that none matched.
  const count = hits.length
    ? capped.size ? 'search.countCapped' : unanswered.size ? 'search.countPartial' : 'search.count'
    : unanswered.size ? 'search.noneFoundInOthers' : 'search.noneFound';
  return (
    <>
      <h1>{t('search.heading', { text })}</h1>
      {unanswered.size ? <Unanswered unanswered={unanswered} /> : <QueryState result={result} />}
      {result.data && unanswered.size < KINDS.length && (
        <section aria-busy={result.fetching} data-testid="search-results">
          <div className="list-heading">
            <h2 aria-live="polite" data-testid="result-count" data-count={hits.length}>
              {t(count, { count: hits.length })}
            </h2>
            <ExportTools
              key={hrefFor({ name: 'search', text })}
              title={t('search.exportTitle', { text })}
              columns={hitColumns(t)}
              shown={hits}
              total={hits.length}
              loadAll={async () => hits}
              testId="search"
            />
          </div>
          {KINDS.map((kind) => {
            const group = hits.filter((h) => h.kind === kind);
            if (group.length === 0) return null;
            const more = capped.has(kind) && directoryOf(kind, text);
            return (
              <section key={kind} className="screen-only" aria-labelledby={`search-${kind}`} data-testid={`search-group-${kind}`}>
                <h3 id={`search-${kind}`}>
                  {t(capped.has(kind) ? 'search.groupCapped' : 'search.group', { kind: t(`searchKind.${kind}`), count: group.length })}
                </h3>
                {more && (
                  <p className="subtitle">
                    <a href={more} data-testid="search-more">
                      {t('search.inDirectory', { text })}
                    </a>
                  </p>
                )}
                <ul className="rows">
                  {group.map((hit) => (
                    <li key={hit.key}>
                      <BilingualLink href={hit.href} name={hit.name} nameEn={hit.nameEn} />{' '}
                      <GeneratedTag provenance={hit.provenance} />
                      {hit.via && <div className="subtitle">{hit.via}</div>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </>
  );
}

function hitColumns(t: TFunction): Column<Hit>[] {
  return [
    { header: t('search.kind'), value: (h) => t(`searchKind.${h.kind}`) },
    { header: t('columns.name'), value: (h) => h.name },
    { header: t('columns.nameEn'), value: (h) => h.nameEn },
    { header: t('search.matchedBy'), value: (h) => h.via },
    { header: t('columns.provenance'), value: (h) => t(`provenance.${h.provenance}`) },
  ];
}
