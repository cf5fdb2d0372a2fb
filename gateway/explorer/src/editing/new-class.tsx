import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { choicesMissing } from '../components/query-state.tsx';
import { RegistrySelect } from '../components/registry-select.tsx';
import { graphql } from '../gql/index.ts';
import { bilingual } from '../labels.ts';
import { EditForm, Field, NameFields, namesFrom, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { IndustryField } from './industry-field.tsx';

const RegisterClass = graphql(`
  mutation RegisterEnterpriseClass($input: RegisterEnterpriseClassInput!, $idempotencyKey: String) {
    registerEnterpriseClass(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

/** The staff's school's majors, to choose a class's from. */
const MajorChoices = graphql(`
  query EnterpriseClassMajorChoices($schoolId: ID!) {
    school(id: $schoolId) {
      id
      majors {
        id
        name
        nameEn
      }
    }
  }
`);

const FIELDS = ['name', 'nameEn', 'majorId', 'industryCode', 'cohortYear', 'seats'] as const;

/** Registers an order class of the staff's school that this enterprise orders (COLLEGE_STAFF, as the API). */
export function NewClassForm({ enterpriseId, schoolId, reload }: { enterpriseId: string; schoolId: number; reload: () => void }) {
  const { t } = useTranslation();
  const [, registerClass] = useMutation(RegisterClass);
  const register = useCreate(registerClass);
  const [choices] = useQuery({ query: MajorChoices, variables: { schoolId: String(schoolId) } });
  const missing = choicesMissing(choices, choices.data?.school);

  return (
    <EditForm
      title={t('edit.newClass')}
      testId="register-class"
      submitLabel={t('edit.register')}
      emptyAfterSave
      fields={FIELDS}
      reload={reload}
      save={async (data) => {
        const input = {
          schoolId: String(schoolId),
          partnerEnterpriseId: enterpriseId,
          ...namesFrom(data),
          majorId: optionalText(data, 'majorId'),
          industryCode: optionalText(data, 'industryCode'),
          cohortYear: optionalNumber(data, 'cohortYear'),
          seats: optionalNumber(data, 'seats'),
        };
        return (await register(input)).error;
      }}
    >
      {(errors) => (
        <>
          <NameFields label={t('edit.className')} placeholder={t('edit.classNamePlaceholder')} errors={errors} />
          <Field label={t('edit.major')} name="majorId" errors={errors}>
            {(input) => (
              <RegistrySelect
                input={input}
                items={choices.data?.school?.majors}
                value={(m) => m.id}
                label={(m) => bilingual(m.name, m.nameEn)}
                blank={t('edit.notStated')}
                missing={missing}
                registry="enterprise-classes"
              />
            )}
          </Field>
          <IndustryField errors={errors} />
          <YearField label={t('edit.cohortYear')} name="cohortYear" errors={errors} />
          <Field label={t('edit.seats')} name="seats" errors={errors}>
            {(input) => <input {...input} type="number" min={0} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}
