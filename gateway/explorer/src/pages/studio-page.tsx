import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { QueryState } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { LevelTimeline } from '../components/timeline.tsx';
import { graphql } from '../gql/index.ts';
import { bilingual, formatCny, STUDIO_KIND_LABELS } from '../labels.ts';
import { hrefFor } from '../route.ts';

const StudioQuery = graphql(`
  query Studio($id: ID!) {
    masterStudio(id: $id) {
      id
      name
      nameEn
      kind
      level
      recognisedYear
      town
      provenance
      leader {
        name
        nameEn
        title
        titleEn
        yearsInTrade
        honours {
          name
          nameEn
          year
          valueCny
        }
        chiefTechnicianTitles {
          batch
          year
        }
      }
      occupation {
        name
        nameEn
      }
      industry {
        code
        name
        nameEn
      }
      hostEnterprise {
        id
        name
        nameEn
      }
      hostSchool {
        name
        nameEn
      }
      campusSchool {
        name
        nameEn
      }
      levelHistory {
        level
        year
        note
      }
      apprentices {
        name
        sinceYear
      }
    }
  }
`);

export function StudioPage({ id }: { id: string }) {
  const [result] = useQuery({ query: StudioQuery, variables: { id } });
  const studio = result.data?.masterStudio;
  if (!studio) return result.data && !result.error ? <p className="notice">No studio has the id {id}.</p> : <QueryState result={result} />;
  const { leader } = studio;

  return (
    <article className="profile">
      <QueryState result={result} />
      <header>
        <h1>{studio.name}</h1>
        {studio.nameEn && <p className="subtitle">{studio.nameEn}</p>}
        <div className="tags">
          <LevelBadge level={studio.level} />
          <span className="badge">{STUDIO_KIND_LABELS[studio.kind]}</span>
          <GeneratedTag provenance={studio.provenance} />
        </div>
      </header>

      <div className="grid">
        <section className="card" aria-labelledby="studio-facts">
          <h2 id="studio-facts">Studio</h2>
          <dl className="facts">
            <Fact label="Occupation">{studio.occupation && bilingual(studio.occupation.name, studio.occupation.nameEn)}</Fact>
            <Fact label="Industry">
              {studio.industry && (
                <a href={hrefFor({ name: 'planner', industry: studio.industry.code })}>
                  {bilingual(studio.industry.name, studio.industry.nameEn)}
                </a>
              )}
            </Fact>
            <Fact label="Host enterprise">
              {studio.hostEnterprise && (
                <a href={hrefFor({ name: 'enterprise', id: studio.hostEnterprise.id })}>
                  {bilingual(studio.hostEnterprise.name, studio.hostEnterprise.nameEn)}
                </a>
              )}
            </Fact>
            <Fact label="Host school">{studio.hostSchool && bilingual(studio.hostSchool.name, studio.hostSchool.nameEn)}</Fact>
            <Fact label="Works on the campus of">
              {studio.campusSchool && bilingual(studio.campusSchool.name, studio.campusSchool.nameEn)}
            </Fact>
            <Fact label="Town">{studio.town}</Fact>
            <Fact label="At its level since">{studio.recognisedYear}</Fact>
          </dl>
        </section>

        {leader && (
          <section className="card" aria-labelledby="studio-leader">
            <h2 id="studio-leader">Leader</h2>
            <p className="lead">
              {leader.name}
              {leader.nameEn && <span className="subtitle"> · {leader.nameEn}</span>}
            </p>
            <dl className="facts">
              <Fact label="Title">{leader.title && bilingual(leader.title, leader.titleEn)}</Fact>
              <Fact label="Years in the trade">{leader.yearsInTrade}</Fact>
              <Fact label="Chief technician">
                {leader.chiefTechnicianTitles.map((t) => `batch ${t.batch} (${t.year})`).join(', ')}
              </Fact>
            </dl>
            {leader.honours.length > 0 && (
              <ul className="honours" aria-label="Honours">
                {leader.honours.map((h) => (
                  <li key={h.name}>
                    {h.name}
                    {h.year != null && <span className="subtitle"> · {h.year}</span>}
                    {h.nameEn && <div className="subtitle">{h.nameEn}</div>}
                    {h.valueCny != null && <div className="subtitle">Worth {formatCny(h.valueCny)}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <section className="card" aria-labelledby="studio-history">
          <h2 id="studio-history">Level history</h2>
          <LevelTimeline steps={studio.levelHistory} />
        </section>

        <section className="card" aria-labelledby="studio-apprentices">
          <h2 id="studio-apprentices">Apprentices</h2>
          {studio.apprentices.length ? (
            <ul className="plain">
              {studio.apprentices.map((a) => (
                <li key={a.name}>
                  {a.name} <span className="subtitle">since {a.sinceYear}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtitle">None on record.</p>
          )}
        </section>
      </div>
    </article>
  );
}
