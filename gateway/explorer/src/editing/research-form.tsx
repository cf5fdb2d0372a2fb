import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Options } from '../components/options.tsx';
import { SearchPicker } from '../components/search-picker.tsx';
import { graphql } from '../gql/index.ts';
import type { ResearchOutcomeKind } from '../gql/graphql.ts';
import { EditForm, Field, optionalText, useCreate, YearField } from './edit-form.tsx';
import { ParticipantPicker } from './participant-picker.tsx';
import { EnterprisesByName } from './search-choices.ts';

const RegisterResearchProject = graphql(`
  mutation RegisterResearchProject($input: RegisterResearchProjectInput!, $idempotencyKey: String) {
    registerResearchProject(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const RESEARCH_KINDS: ResearchOutcomeKind[] = ['TECHNICAL_RENOVATION', 'DEVELOPED_EQUIPMENT', 'PATENT'];

/** A research outcome of the school: what, when, whose problem, and which of its students took part. */
export function NewResearchForm({ schoolId, classes, reload }: { schoolId: string; classes: readonly { id: string; name: string }[]; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerResearch] = useMutation(RegisterResearchProject);
  const create = useCreate(registerResearch);
  return (
    <EditForm
      title={t('schools.newResearch')}
      testId="register-research"
      submitLabel={t('edit.register')}
      emptyAfterSave
      fields={['title', 'kind', 'year', 'enterpriseId', 'participantIds']}
      reload={reload}
      save={async (data) => {
        const result = await create({
          schoolId,
          title: String(data.get('title') ?? ''),
          kind: data.get('kind') as ResearchOutcomeKind,
          year: Number(data.get('year')),
          enterpriseId: optionalText(data, 'enterpriseId'),
          participantIds: data.getAll('participantIds').map(String),
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
          <ParticipantPicker classes={classes} errors={errors} />
        </>
      )}
    </EditForm>
  );
}
