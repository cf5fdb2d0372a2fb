import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { choicesMissing } from '../components/query-state.tsx';
import { RegistrySelect } from '../components/registry-select.tsx';
import { graphql } from '../gql/index.ts';
import { bilingual } from '../labels.ts';
import { Field } from './edit-form.tsx';
import type { WriteProblems } from './write-errors.ts';

const IndustryChoices = graphql(`
  query IndustryChoices {
    industries {
      code
      name
      nameEn
    }
  }
`);

/** A record's industry (`industryCode`), chosen from enterprise-classes' catalogue; blank is not stated. */
export function IndustryField({ errors, code }: { errors: WriteProblems['fields']; code?: string | null }) {
  const { t } = useTranslation();
  const [choices] = useQuery({ query: IndustryChoices });
  const missing = choicesMissing(choices, choices.data?.industries);
  return (
    <Field label={t('common.industry')} name="industryCode" errors={errors}>
      {(input) => (
        // Drawn again once the catalogue comes, so that the record's industry is the one shown.
        <RegistrySelect
          key={String(!!choices.data)}
          input={input}
          items={choices.data?.industries}
          value={(i) => i.code}
          label={(i) => bilingual(i.name, i.nameEn)}
          blank={t('edit.notStated')}
          defaultValue={code ?? ''}
          missing={missing}
          registry="enterprise-classes"
        />
      )}
    </Field>
  );
}
