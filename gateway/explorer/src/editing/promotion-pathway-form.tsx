import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { EditForm, Field, optionalText, useCreate } from './edit-form.tsx';

const UpdatePromotionPathway = graphql(`
  mutation UpdatePromotionPathway($input: UpdatePromotionPathwayInput!) {
    updatePromotionPathway(input: $input) {
      id
      version
    }
  }
`);

const RecordPromotionPathway = graphql(`
  mutation RecordPromotionPathway($input: RecordPromotionPathwayInput!, $idempotencyKey: String) {
    recordPromotionPathway(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
    }
  }
`);

export interface Pathway {
  id: string;
  version: number;
  fromRole: string;
  toRole: string;
  fromRoleEn?: string | null;
  toRoleEn?: string | null;
  examplePerson?: string | null;
  honours: string[];
}

const FIELDS = ['fromRole', 'toRole', 'fromRoleEn', 'toRoleEn', 'examplePerson', 'honours'] as const;

/** Honours as people write a list of them: one per line, or separated by 、，, or ;. */
export const honoursFrom = (text: string) =>
  text
    .split(/[\n、，,；;]/)
    .map((honour) => honour.trim())
    .filter(Boolean);

/** Changes a promotion pathway of the HR's enterprise (updatePromotionPathway), or records a new one when given none. */
export function PromotionPathwayForm({ pathway, enterpriseId, reload }: { pathway?: Pathway; enterpriseId?: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, update] = useMutation(UpdatePromotionPathway);
  const [, recordPathway] = useMutation(RecordPromotionPathway);
  const record = useCreate(recordPathway);
  return (
    <EditForm
      title={pathway ? `${t('edit.pathway')} · ${pathway.fromRole} → ${pathway.toRole}` : t('edit.newPathway')}
      testId={pathway ? `edit-pathway-${pathway.id}` : 'record-pathway'}
      emptyAfterSave={!pathway}
      fields={FIELDS}
      reload={reload}
      save={async (data) => {
        // An empty English name or example clears it (null); the roles are required.
        const values = {
          fromRole: String(data.get('fromRole') ?? ''),
          toRole: String(data.get('toRole') ?? ''),
          fromRoleEn: optionalText(data, 'fromRoleEn') ?? null,
          toRoleEn: optionalText(data, 'toRoleEn') ?? null,
          examplePerson: optionalText(data, 'examplePerson') ?? null,
          honours: honoursFrom(String(data.get('honours') ?? '')),
        };
        if (pathway) return (await update({ input: { id: pathway.id, version: pathway.version, ...values } })).error;
        return (await record({ enterpriseId: enterpriseId!, ...values })).error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('edit.fromRole')} name="fromRole" errors={errors}>
            {(input) => <input {...input} defaultValue={pathway?.fromRole} placeholder={t('edit.fromRolePlaceholder')} />}
          </Field>
          <Field label={t('edit.toRole')} name="toRole" errors={errors}>
            {(input) => <input {...input} defaultValue={pathway?.toRole} placeholder={t('edit.toRolePlaceholder')} />}
          </Field>
          <Field label={t('edit.fromRoleEn')} name="fromRoleEn" errors={errors}>
            {(input) => <input {...input} lang="en" defaultValue={pathway?.fromRoleEn ?? ''} />}
          </Field>
          <Field label={t('edit.toRoleEn')} name="toRoleEn" errors={errors}>
            {(input) => <input {...input} lang="en" defaultValue={pathway?.toRoleEn ?? ''} />}
          </Field>
          <Field label={t('edit.examplePerson')} name="examplePerson" errors={errors}>
            {(input) => <input {...input} defaultValue={pathway?.examplePerson ?? ''} />}
          </Field>
          <Field label={t('edit.honours')} name="honours" errors={errors}>
            {(input) => <textarea {...input} rows={2} defaultValue={pathway?.honours.join('、') ?? ''} placeholder={t('edit.honoursPlaceholder')} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}
