import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Options } from '../components/options.tsx';
import { SearchPicker } from '../components/search-picker.tsx';
import { graphql } from '../gql/index.ts';
import type { ResearchOutcomeKind } from '../gql/graphql.ts';
import { may, useSession } from '../session/session.ts';
import { EditForm, Field, NameFields, namesFrom, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { IndustryField } from './industry-field.tsx';
import { EnterprisesByName } from './search-choices.ts';

const RegisterMajor = graphql(`
  mutation RegisterMajor($input: RegisterMajorInput!, $idempotencyKey: String) {
    registerMajor(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const RegisterIndustryCollege = graphql(`
  mutation RegisterIndustryCollege($input: RegisterIndustryCollegeInput!, $idempotencyKey: String) {
    registerIndustryCollege(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const RegisterResearchProject = graphql(`
  mutation RegisterResearchProject($input: RegisterResearchProjectInput!, $idempotencyKey: String) {
    registerResearchProject(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const RESEARCH_KINDS: ResearchOutcomeKind[] = ['TECHNICAL_RENOVATION', 'DEVELOPED_EQUIPMENT', 'PATENT'];

/** What a school's own staff record on its page: a major it opens, an industry college it builds with an enterprise, what its students' research produced. */
export function SchoolEditors({ schoolId, reload }: { schoolId: string; reload: () => void }) {
  const session = useSession();
  if (!may.editClasses(session, Number(schoolId))) return null;
  return (
    <div className="grid" data-testid="school-editors">
      <NewMajorForm schoolId={schoolId} reload={reload} />
      <NewIndustryCollegeForm schoolId={schoolId} reload={reload} />
      <NewResearchForm schoolId={schoolId} reload={reload} />
    </div>
  );
}

/** Participants are left to the API: there is no way yet to search a school's students by name here. */
function NewResearchForm({ schoolId, reload }: { schoolId: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerResearch] = useMutation(RegisterResearchProject);
  const create = useCreate(registerResearch);
  return (
    <EditForm
      title={t('schools.newResearch')}
      testId="register-research"
      submitLabel={t('edit.register')}
      emptyAfterSave
      fields={['title', 'kind', 'year', 'enterpriseId']}
      reload={reload}
      save={async (data) => {
        const result = await create({
          schoolId,
          title: String(data.get('title') ?? ''),
          kind: data.get('kind') as ResearchOutcomeKind,
          year: Number(data.get('year')),
          enterpriseId: optionalText(data, 'enterpriseId'),
        });
        return result.error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('schools.researchTitle')} name="title" errors={errors}>
            {(input) => <input {...input} placeholder={t('schools.researchTitlePlaceholder')} />}
          </Field>
          <Field label={t('schools.researchKind')} name="kind" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={RESEARCH_KINDS[0]}>
                <Options items={RESEARCH_KINDS} label={(kind) => t(`researchKind.${kind}`)} />
              </select>
            )}
          </Field>
          <YearField label={t('schools.researchYearField')} name="year" errors={errors} />
          <Field label={t('schools.researchEnterprise')} name="enterpriseId" errors={errors}>
            {(input) => (
              <SearchPicker
                input={input}
                query={EnterprisesByName}
                results={(data) => data?.searchEnterprises}
                registry="pay-policies"
                none={t('edit.notStated')}
                testId="pick-research-enterprise"
              />
            )}
          </Field>
        </>
      )}
    </EditForm>
  );
}

function NewMajorForm({ schoolId, reload }: { schoolId: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerMajor] = useMutation(RegisterMajor);
  const create = useCreate(registerMajor);
  return (
    <EditForm
      title={t('schools.newMajor')}
      testId="register-major"
      submitLabel={t('edit.register')}
      emptyAfterSave
      fields={['name', 'nameEn', 'isNew', 'industryCode', 'occupationalStandard', 'introducedYear']}
      reload={reload}
      save={async (data) => {
        const result = await create({
          schoolId,
          ...namesFrom(data),
          isNew: data.has('isNew'),
          industryCode: optionalText(data, 'industryCode'),
          occupationalStandard: optionalText(data, 'occupationalStandard'),
          introducedYear: optionalNumber(data, 'introducedYear'),
        });
        return result.error;
      }}
    >
      {(errors) => (
        <>
          <NameFields label={t('schools.majorName')} placeholder={t('schools.majorNamePlaceholder')} errors={errors} />
          <Field label={t('schools.isNew')} name="isNew" errors={errors}>
            {(input) => <input {...input} type="checkbox" />}
          </Field>
          <IndustryField errors={errors} />
          <Field label={t('schools.occupationalStandard')} name="occupationalStandard" errors={errors}>
            {(input) => <input {...input} placeholder={t('schools.occupationalStandardPlaceholder')} />}
          </Field>
          <YearField label={t('schools.introducedYear')} name="introducedYear" errors={errors} />
        </>
      )}
    </EditForm>
  );
}

function NewIndustryCollegeForm({ schoolId, reload }: { schoolId: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerCollege] = useMutation(RegisterIndustryCollege);
  const create = useCreate(registerCollege);
  return (
    <EditForm
      title={t('schools.newIndustryCollege')}
      testId="register-industry-college"
      submitLabel={t('edit.register')}
      emptyAfterSave
      fields={['name', 'nameEn', 'partnerEnterpriseId', 'industryCode', 'foundedYear']}
      reload={reload}
      save={async (data) => {
        const result = await create({
          schoolId,
          ...namesFrom(data),
          partnerEnterpriseId: optionalText(data, 'partnerEnterpriseId'),
          industryCode: optionalText(data, 'industryCode'),
          foundedYear: optionalNumber(data, 'foundedYear'),
        });
        return result.error;
      }}
    >
      {(errors) => (
        <>
          <NameFields label={t('schools.collegeName')} placeholder={t('schools.collegeNamePlaceholder')} errors={errors} />
          <Field label={t('schools.collegePartner')} name="partnerEnterpriseId" errors={errors}>
            {(input) => (
              <SearchPicker
                input={input}
                query={EnterprisesByName}
                results={(data) => data?.searchEnterprises}
                registry="pay-policies"
                none={t('schools.noPartner')}
                testId="pick-college-partner"
              />
            )}
          </Field>
          <IndustryField errors={errors} />
          <YearField label={t('schools.foundedYear')} name="foundedYear" errors={errors} />
        </>
      )}
    </EditForm>
  );
}
