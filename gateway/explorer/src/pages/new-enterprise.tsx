import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { RoleGate } from '../components/role-gate.tsx';
import { EditForm, Field, NameFields, namesFrom, optionalText, useCreate } from '../editing/edit-form.tsx';
import { IndustryField } from '../editing/industry-field.tsx';
import { graphql } from '../gql/index.ts';
import { hrefFor } from '../route.ts';
import { may, useSession } from '../session/session.ts';

const RegisterEnterprise = graphql(`
  mutation RegisterEnterprise($input: RegisterEnterpriseInput!, $idempotencyKey: String) {
    registerEnterprise(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const TownChoices = graphql(`
  query EnterpriseTownChoices {
    towns
  }
`);

const FIELDS = ['name', 'nameEn', 'creditCode', 'industryCode', 'town'] as const;

/** Registers an enterprise (BUREAU_ADMIN, as the API): a studio's new host, a new partner. Then opens its profile. */
export function NewEnterprise() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RoleGate title={t('newEnterprise.title')} allowed={may.editEnterprises(session)} refusal={t('newEnterprise.needsRole')} testId="new-enterprise-refused">
      <NewEnterpriseForm />
    </RoleGate>
  );
}

function NewEnterpriseForm() {
  const { t } = useTranslation();
  const [, registerEnterprise] = useMutation(RegisterEnterprise);
  const register = useCreate(registerEnterprise);
  const [choices] = useQuery({ query: TownChoices });

  return (
    <EditForm
      title={t('newEnterprise.form')}
      testId="new-enterprise"
      submitLabel={t('edit.register')}
      fields={FIELDS}
      reload={() => {}}
      save={async (data) => {
        const input = {
          ...namesFrom(data),
          creditCode: optionalText(data, 'creditCode'),
          industryCode: optionalText(data, 'industryCode'),
          town: optionalText(data, 'town'),
        };
        const result = await register(input);
        const id = result.data?.registerEnterprise?.id;
        if (!result.error && id) window.location.hash = hrefFor({ name: 'enterprise', id });
        return result.error;
      }}
    >
      {(errors) => (
        <>
          <NameFields label={t('newEnterprise.name')} placeholder={t('newEnterprise.namePlaceholder')} errors={errors} />
          <Field label={t('enterprises.creditCode')} name="creditCode" errors={errors}>
            {(input) => <input {...input} autoComplete="off" spellCheck={false} placeholder={t('newEnterprise.creditCodeHint')} />}
          </Field>
          <IndustryField errors={errors} />
          <Field label={t('common.town')} name="town" errors={errors}>
            {(input) => (
              <select {...input} defaultValue="">
                <option value="">{t('edit.notStated')}</option>
                <Options items={choices.data?.towns} label={(town) => town} />
              </select>
            )}
          </Field>
        </>
      )}
    </EditForm>
  );
}
