import { useTranslation } from 'react-i18next';
import { CombinedError, useMutation, useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { choicesMissing } from '../components/query-state.tsx';
import { RegistrySelect } from '../components/registry-select.tsx';
import { RoleGate } from '../components/role-gate.tsx';
import { EditForm, Field, NameFields, namesFrom, optionalNumber, optionalText, useCreate, YearField } from '../editing/edit-form.tsx';
import { IndustryField } from '../editing/industry-field.tsx';
import { PLACE_FIELDS, useStudioPlace } from '../editing/studio-place.tsx';
import { graphql } from '../gql/index.ts';
import type { StudioKind, StudioLevel } from '../gql/graphql.ts';
import { bilingual, STUDIO_KINDS, STUDIO_LEVELS } from '../labels.ts';
import { hrefFor } from '../route.ts';
import { may, useSession } from '../session/session.ts';

const RegisterStudio = graphql(`
  mutation RegisterMasterStudio($input: RegisterMasterStudioInput!, $idempotencyKey: String) {
    registerMasterStudio(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

/** The catalogue a studio's occupation is chosen from: enterprise-classes'. */
const OccupationChoices = graphql(`
  query StudioOccupationChoices {
    occupations {
      code
      name
      nameEn
    }
  }
`);

const FIELDS = ['name', 'nameEn', 'kind', 'level', 'recognisedYear', 'occupationCode', 'industryCode', ...PLACE_FIELDS] as const;

/** Registers a studio newly recognised (BUREAU_ADMIN, as the API), then opens its page. */
export function NewStudio() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RoleGate title={t('newStudio.title')} allowed={may.editStudios(session)} refusal={t('newStudio.needsRole')} testId="new-studio-refused">
      <NewStudioForm />
    </RoleGate>
  );
}

function NewStudioForm() {
  const { t } = useTranslation();
  const [, registerStudio] = useMutation(RegisterStudio);
  const register = useCreate(registerStudio);
  const [occupationChoices] = useQuery({ query: OccupationChoices });
  const place = useStudioPlace({}, t('edit.notStated'));
  const occupationsMissing = choicesMissing(occupationChoices, occupationChoices.data?.occupations);

  return (
    <EditForm
      title={t('newStudio.form')}
      testId="new-studio"
      submitLabel={t('edit.register')}
      fields={FIELDS}
      reload={() => {}}
      save={async (data) => {
        const read = place.read(data);
        if (read instanceof CombinedError) return read;
        const input = {
          ...namesFrom(data),
          kind: String(data.get('kind')) as StudioKind,
          level: String(data.get('level')) as StudioLevel,
          recognisedYear: optionalNumber(data, 'recognisedYear') ?? Number.NaN,
          occupationCode: optionalText(data, 'occupationCode'),
          industryCode: optionalText(data, 'industryCode'),
          ...read,
        };
        const result = await register(input);
        const id = result.data?.registerMasterStudio?.id;
        if (!result.error && id) window.location.hash = hrefFor({ name: 'studio', id });
        return result.error;
      }}
    >
      {(errors) => (
        <>
          <NameFields label={t('newStudio.name')} placeholder={t('newStudio.namePlaceholder')} errors={errors} />
          <Field label={t('newStudio.kind')} name="kind" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={STUDIO_KINDS[0]}>
                <Options items={STUDIO_KINDS} label={(kind) => t(`studioKind.${kind}`)} />
              </select>
            )}
          </Field>
          <Field label={t('common.level')} name="level" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={STUDIO_LEVELS[0]}>
                <Options items={STUDIO_LEVELS} label={(level) => t(`level.${level}`)} />
              </select>
            )}
          </Field>
          <YearField label={t('newStudio.recognisedYear')} name="recognisedYear" errors={errors} />
          <Field label={t('common.occupation')} name="occupationCode" errors={errors}>
            {(input) => (
              <RegistrySelect
                input={input}
                items={occupationChoices.data?.occupations}
                value={(o) => o.code}
                label={(o) => bilingual(o.name, o.nameEn)}
                blank={t('edit.notStated')}
                missing={occupationsMissing}
                registry="enterprise-classes"
              />
            )}
          </Field>
          <IndustryField errors={errors} />
          {place.fields(errors)}
        </>
      )}
    </EditForm>
  );
}
