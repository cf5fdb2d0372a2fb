import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Fact } from '../components/fact.tsx';
import { failedAt, MissingRecord, QueryState, type Registry, RegistryUnavailable } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge, RetiredTag } from '../components/tags.tsx';
import { LevelTimeline } from '../components/timeline.tsx';
import { Bilingual, BilingualLink } from '../components/names.tsx';
import { ProfileHeader } from '../components/profile-header.tsx';
import { useFormat } from '../format.ts';
import { graphql } from '../gql/index.ts';
import { hrefFor } from '../route.ts';
import { StudioEditor } from '../editing/studio-editor.tsx';
import { may, useSession } from '../session/session.ts';

const StudioQuery = graphql(`
  query Studio($id: ID!) {
    masterStudio(id: $id) {
      id
      version
      name
      nameEn
      kind
      level
      recognisedYear
      town
      provenance
      retiredAt
      retiredReason
      leader {
        id
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
          valueQualifier
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
        id
        name
        nameEn
      }
      campusSchool {
        id
        name
        nameEn
      }
      # Keys only, answered by this registry alone: the editor keeps the host while its own registry is down.
      hostEnterpriseKey: hostEnterprise {
        id
      }
      hostSchoolKey: hostSchool {
        id
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
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: StudioQuery, variables: { id } });
  const session = useSession();
  const studio = result.data?.masterStudio;
  if (!studio) return <MissingRecord result={result} notFound={t('studios.notFound', { id })} />;
  const { leader } = studio;
  // A field of another registry that did not answer says so, rather than vanish like one with no value.
  const down = (field: string, registry: Registry) => failedAt(result.error, 'masterStudio', field) && <RegistryUnavailable registry={registry} />;

  return (
    <article className="profile">
      <QueryState result={result} />
      <ProfileHeader name={studio.name} nameEn={studio.nameEn}>
        <div className="tags">
          <LevelBadge level={studio.level} />
          <span className="badge">{t(`studioKind.${studio.kind}`)}</span>
          <GeneratedTag provenance={studio.provenance} />
          <RetiredTag retiredAt={studio.retiredAt} />
        </div>
      </ProfileHeader>

      <div className="grid">
        <section className="card" aria-labelledby="studio-facts" data-testid="studio-facts">
          <h2 id="studio-facts">{t('studios.studio')}</h2>
          <dl className="facts">
            <Fact label={t('common.occupation')}>
              {studio.occupation ? <Bilingual name={studio.occupation.name} nameEn={studio.occupation.nameEn} /> : down('occupation', 'enterprise-classes')}
            </Fact>
            <Fact label={t('common.industry')}>
              {studio.industry ? (
                <BilingualLink href={hrefFor({ name: 'planner', industry: studio.industry.code })} name={studio.industry.name} nameEn={studio.industry.nameEn} />
              ) : (
                down('industry', 'enterprise-classes')
              )}
            </Fact>
            <Fact label={t('studios.hostEnterprise')}>
              {studio.hostEnterprise ? (
                <BilingualLink href={hrefFor({ name: 'enterprise', id: studio.hostEnterprise.id })} name={studio.hostEnterprise.name} nameEn={studio.hostEnterprise.nameEn} />
              ) : (
                down('hostEnterprise', 'pay-policies')
              )}
            </Fact>
            <Fact label={t('studios.hostSchool')}>
              {studio.hostSchool ? (
                <BilingualLink href={hrefFor({ name: 'school', id: studio.hostSchool.id })} name={studio.hostSchool.name} nameEn={studio.hostSchool.nameEn} />
              ) : (
                down('hostSchool', 'enterprise-classes')
              )}
            </Fact>
            <Fact label={t('studios.campus')}>
              {studio.campusSchool ? (
                <BilingualLink href={hrefFor({ name: 'school', id: studio.campusSchool.id })} name={studio.campusSchool.name} nameEn={studio.campusSchool.nameEn} />
              ) : (
                down('campusSchool', 'enterprise-classes')
              )}
            </Fact>
            <Fact label={t('common.town')}>{studio.town}</Fact>
            <Fact label={t('studios.since')}>{studio.recognisedYear}</Fact>
            <Fact label={t('studios.retiredAt')}>{studio.retiredAt && format.dateTime(studio.retiredAt)}</Fact>
            <Fact label={t('studios.retiredReason')}>{studio.retiredReason}</Fact>
          </dl>
        </section>

        {leader && (
          <section className="card" aria-labelledby="studio-leader" data-testid="studio-leader">
            <h2 id="studio-leader">{t('common.leader')}</h2>
            <p className="lead">
              <span lang="zh-CN">{leader.name}</span>
              {leader.nameEn && (
                <span className="subtitle" lang="en">
                  {' · '}
                  {leader.nameEn}
                </span>
              )}
            </p>
            <dl className="facts">
              <Fact label={t('studios.leaderTitle')}>{leader.title && <Bilingual name={leader.title} nameEn={leader.titleEn} />}</Fact>
              <Fact label={t('studios.yearsInTrade')}>{leader.yearsInTrade != null && t('studios.yearsValue', { count: leader.yearsInTrade })}</Fact>
              <Fact label={t('studios.chiefTechnician')}>
                {leader.chiefTechnicianTitles.map((c) => t('studios.chiefBatch', { batch: c.batch, year: c.year })).join(t('common.listSeparator'))}
              </Fact>
            </dl>
            {leader.honours.length > 0 && (
              <ul className="honours" aria-label={t('studios.honours')} data-testid="honours">
                {leader.honours.map((h) => (
                  <li key={h.name}>
                    <span lang="zh-CN">{h.name}</span>
                    {h.year != null && <span className="subtitle"> · {h.year}</span>}
                    {h.nameEn && (
                      <div className="subtitle" lang="en">
                        {h.nameEn}
                      </div>
                    )}
                    {h.valueCny != null && <div className="subtitle">{t('studios.worth', { amount: format.cny(h.valueCny), context: h.valueQualifier ?? undefined })}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        <section className="card" aria-labelledby="studio-history">
          <h2 id="studio-history">{t('studios.history')}</h2>
          <LevelTimeline steps={studio.levelHistory} />
        </section>

        <section className="card" aria-labelledby="studio-apprentices">
          <h2 id="studio-apprentices">{t('studios.apprentices')}</h2>
          {studio.apprentices.length ? (
            <ul className="plain">
              {studio.apprentices.map((a) => (
                <li key={a.name}>
                  {a.name} <span className="subtitle">{t('studios.apprenticeSince', { year: a.sinceYear })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="subtitle">{t('common.none')}</p>
          )}
        </section>

        {/* A retired studio no longer changes. */}
        {may.editStudios(session) && !studio.retiredAt && (
          <StudioEditor
            studio={{
              id: studio.id,
              version: studio.version,
              level: studio.level,
              town: studio.town,
              leader,
              hostEnterprise: studio.hostEnterprise ?? studio.hostEnterpriseKey,
              hostSchool: studio.hostSchool ?? studio.hostSchoolKey,
              campusSchoolId: studio.campusSchool?.id,
            }}
            reload={() => reexecute({ requestPolicy: 'network-only' })}
          />
        )}

      </div>
    </article>
  );
}
