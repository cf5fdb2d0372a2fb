import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Details } from '../components/details.tsx';
import { ExportTools } from '../components/export-tools.tsx';
import { Fact } from '../components/fact.tsx';
import { HideGeneratedSwitch } from '../components/filter-switch.tsx';
import { BilingualLink } from '../components/names.tsx';
import { ProfileHeader } from '../components/profile-header.tsx';
import { ProfileSection as Section } from '../components/profile-section.tsx';
import { MissingRecord, QueryState } from '../components/query-state.tsx';
import { GeneratedTag, LevelBadge } from '../components/tags.tsx';
import { SchoolEditors } from '../editing/school-editors.tsx';
import { classColumns, majorColumns } from '../export/columns.ts';
import { useFormat } from '../format.ts';
import { graphql } from '../gql/index.ts';
import { keepShown, provenanceFilter } from '../provenance.ts';
import { hrefFor } from '../route.ts';
import { MentorshipSection } from './school-mentorship.tsx';
import { ResearchSection } from './school-research.tsx';

/** A school's partnerships as the registries know them, in one request. */
const SchoolProfileQuery = graphql(`
  query SchoolProfile($id: ID!, $provenances: [Provenance!]) {
    school(id: $id) {
      id
      name
      nameEn
      kind
      town
      provenance
      industryColleges {
        id
        name
        foundedYear
        provenance
        partnerEnterprise {
          id
          name
          nameEn
        }
      }
      majors {
        ...MajorRowFields
        industry {
          code
          name
          nameEn
        }
      }
      enterpriseClasses {
        id
        name
        cohortYear
        seats
        provenance
        major {
          name
        }
        partnerEnterprise {
          id
          name
          nameEn
        }
      }
      trainingProgrammes {
        id
        kind
        name
        participantsAtLeast
        examplePerson
        provenance
        partnerEnterprise {
          id
          name
          nameEn
        }
      }
      partnerEnterprises {
        id
        name
        nameEn
        provenance
      }
      graduateTeachers {
        id
        name
        hiredYear
        declinedOfferCny
        provenance
      }
      studios {
        id
        name
        level
        provenance
      }
      campusStudios {
        id
        name
        level
        provenance
      }
    }
    ...SchoolResearch
    ...SchoolMentorship
  }
`);

type Named = { id: string; name: string; nameEn?: string | null };

export function SchoolProfile({ id, hideGenerated }: { id: string; hideGenerated: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: SchoolProfileQuery, variables: { id, ...provenanceFilter(hideGenerated) } });
  const { data } = result;
  const found = data?.school;
  if (!data || !found) return <MissingRecord result={result} notFound={t('schools.notFound', { id })} />;
  // The article's records alone, on request: filtered here, as the planner filters an industry's.
  const school = {
    ...found,
    industryColleges: keepShown(found.industryColleges, hideGenerated),
    majors: keepShown(found.majors, hideGenerated),
    enterpriseClasses: keepShown(found.enterpriseClasses, hideGenerated),
    trainingProgrammes: keepShown(found.trainingProgrammes, hideGenerated),
    graduateTeachers: keepShown(found.graduateTeachers, hideGenerated),
    studios: found.studios && keepShown(found.studios, hideGenerated),
    campusStudios: found.campusStudios && keepShown(found.campusStudios, hideGenerated),
  };
  // Partners are pay-policies' enterprises: null where that registry did not answer.
  const enterprise = (e: Named | null | undefined) => e && <BilingualLink href={hrefFor({ name: 'enterprise', id: e.id })} name={e.name} nameEn={e.nameEn} />;
  const answered = school.partnerEnterprises.flatMap((e) => (e ? [e] : []));
  const partners = keepShown(answered, hideGenerated);
  const studios = [...(school.studios ?? []), ...(school.campusStudios ?? [])];
  const classRows = school.enterpriseClasses.map((c) => ({ ...c, school }));

  return (
    <article className="profile">
      <QueryState result={result} />
      <ProfileHeader name={school.name} nameEn={school.nameEn}>
        <div className="tags">
          <span className="badge">{t(`schoolKind.${school.kind}`)}</span>
          <GeneratedTag provenance={school.provenance} />
        </div>
        <dl className="facts facts-inline">
          <Fact label={t('common.town')}>{school.town}</Fact>
        </dl>
        <HideGeneratedSwitch
          checked={hideGenerated}
          onChange={(hide) => {
            window.location.hash = hrefFor({ name: 'school', id, hideGenerated: hide || undefined });
          }}
        />
      </ProfileHeader>

      <div className="grid">
        <Section id="industry-colleges" title={t('schools.industryColleges', { count: school.industryColleges.length })} registry="enterprise-classes" empty={!school.industryColleges.length}>
          <ul className="plain">
            {school.industryColleges.map((c) => (
              <li key={c.id}>
                {c.name} <GeneratedTag provenance={c.provenance} />
                <Details lead={enterprise(c.partnerEnterprise)} parts={[c.foundedYear != null && t('enterprises.founded', { year: c.foundedYear })]} />
              </li>
            ))}
          </ul>
        </Section>

        <Section id="majors" title={t('schools.majors', { count: school.majors.length })} registry="enterprise-classes" empty={!school.majors.length}>
          <ExportTools key={`majors-${hideGenerated}`} title={t('schools.majorsExport', { school: school.name })} columns={majorColumns(t)} shown={school.majors} total={school.majors.length} loadAll={async () => school.majors} testId="majors" />
          <ul className="plain screen-only">
            {school.majors.map((m) => (
              <li key={m.id}>
                {m.name} {m.isNew && <span className="badge badge-new">{t('planner.newMajor')}</span>} <GeneratedTag provenance={m.provenance} />
                <Details
                  lead={m.industry && <BilingualLink href={hrefFor({ name: 'planner', industry: m.industry.code })} name={m.industry.name} nameEn={m.industry.nameEn} />}
                  parts={[m.occupationalStandard && t('planner.alignedTo', { standard: m.occupationalStandard }), m.introducedYear != null && t('schools.since', { year: m.introducedYear })]}
                />
              </li>
            ))}
          </ul>
        </Section>

        <Section id="classes" title={t('schools.classes', { count: school.enterpriseClasses.length })} registry="enterprise-classes" empty={!school.enterpriseClasses.length}>
          <ExportTools key={`classes-${hideGenerated}`} title={t('schools.classesExport', { school: school.name })} columns={classColumns(t)} shown={classRows} total={classRows.length} loadAll={async () => classRows} testId="classes" />
          <ul className="plain screen-only">
            {school.enterpriseClasses.map((c) => (
              <li key={c.id}>
                {c.name} <GeneratedTag provenance={c.provenance} />
                <Details
                  lead={enterprise(c.partnerEnterprise)}
                  parts={[c.major?.name, c.cohortYear != null && t('enterprises.cohort', { year: c.cohortYear }), c.seats != null && t('enterprises.seats', { count: c.seats })]}
                />
              </li>
            ))}
          </ul>
        </Section>

        <Section id="partners" title={t('schools.partners', { count: partners.length })} registry="pay-policies" unavailable={answered.length < school.partnerEnterprises.length} empty={!partners.length}>
          <ul className="plain">
            {partners.map((e) => (
              <li key={e.id}>{enterprise(e)}</li>
            ))}
          </ul>
        </Section>

        <Section id="training" title={t('enterprises.training')} registry="enterprise-classes" empty={!school.trainingProgrammes.length}>
          <ul className="plain">
            {school.trainingProgrammes.map((p) => (
              <li key={p.id}>
                {t('enterprises.programme', { kind: t(`programmeKind.${p.kind}`), name: p.name })}
                <Details
                  lead={enterprise(p.partnerEnterprise)}
                  parts={[p.participantsAtLeast != null && t('enterprises.atLeast', { count: p.participantsAtLeast }), p.examplePerson && t('enterprises.exampleInList', { person: p.examplePerson })]}
                />
              </li>
            ))}
          </ul>
        </Section>

        <Section id="graduate-teachers" title={t('schools.graduateTeachers', { count: school.graduateTeachers.length })} registry="enterprise-classes" empty={!school.graduateTeachers.length}>
          <ul className="plain">
            {school.graduateTeachers.map((g) => (
              <li key={g.id}>
                {g.name} <GeneratedTag provenance={g.provenance} />
                <Details parts={[g.hiredYear != null && t('schools.hired', { year: g.hiredYear }), g.declinedOfferCny != null && t('schools.declinedOffer', { amount: format.cny(g.declinedOfferCny) })]} />
              </li>
            ))}
          </ul>
        </Section>

        <ResearchSection school={school} research={data} hideGenerated={hideGenerated} />

        <MentorshipSection mentorship={data} />

        <Section id="studios" title={t('schools.studios')} registry="master-studios" unavailable={!school.studios || !school.campusStudios} empty={!studios.length}>
          <ul className="plain">
            {studios.map((s) => (
              <li key={s.id}>
                <a href={hrefFor({ name: 'studio', id: s.id })}>{s.name}</a> <LevelBadge level={s.level} />
                <span className="subtitle"> {school.studios?.includes(s) ? t('schools.hosted') : t('schools.onCampus')}</span>
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <SchoolEditors schoolId={school.id} reload={() => reexecute({ requestPolicy: 'network-only' })} />
    </article>
  );
}
