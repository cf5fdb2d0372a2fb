import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { graphql } from '../gql/index.ts';
import type { SubsidyKind } from '../gql/graphql.ts';
import { EditForm, Field, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { refusedBeforeSending } from './write-errors.ts';

const EnterpriseBodies = graphql(`
  query EnterpriseCertificationBodies($id: ID!) {
    enterprise(id: $id) {
      id
      certificationBodies {
        id
        name
      }
    }
  }
`);

const RecordSubsidy = graphql(`
  mutation RecordSubsidy($input: RecordSubsidyInput!, $idempotencyKey: String) {
    recordSubsidy(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const RecordBatch = graphql(`
  mutation RecordCertificationBatch($input: RecordCertificationBatchInput!, $idempotencyKey: String) {
    recordCertificationBatch(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const SUBSIDY_KINDS: SubsidyKind[] = ['CERTIFICATION_GRANT', 'HIGH_SKILL_TALENT_SUBSIDY'];
/** The API's bound on a payment, 2,000,000,000 yuan, in the 万元 people type. */
const MAX_WAN = 200_000;

/** Refused before it is sent, worded as the API words its range: in 万元, as typed. */
const outOfRange = refusedBeforeSending('amountWan', 'range', `input.amountWan must be from 0 to ${MAX_WAN} (万元)`, { min: 0, max: MAX_WAN });

/** 万元 as typed → whole yuan, as the registry keeps money; NaN (refused by the API) when blank. */
export const yuanFromWan = (wan: number | undefined) => (wan == null ? Number.NaN : Math.round(wan * 10_000));

/** The bureau's records about an enterprise: the subsidies paid to it, the batches its certification bodies certified. */
export function BureauEnterpriseEditors({ enterpriseId, reload }: { enterpriseId: string; reload: () => void }) {
  const [result] = useQuery({ query: EnterpriseBodies, variables: { id: enterpriseId } });
  const bodies = result.data?.enterprise?.certificationBodies ?? [];
  return (
    <div className="grid" data-testid="bureau-enterprise-editors">
      <SubsidyForm enterpriseId={enterpriseId} reload={reload} />
      {bodies.map((body) => (
        <BatchForm key={body.id} body={body} reload={reload} />
      ))}
    </div>
  );
}

function SubsidyForm({ enterpriseId, reload }: { enterpriseId: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, recordSubsidy] = useMutation(RecordSubsidy);
  const record = useCreate(recordSubsidy);
  return (
    <EditForm
      title={t('edit.newSubsidy')}
      testId="record-subsidy"
      emptyAfterSave
      fields={['kind', 'amountWan', 'amountCny', 'year']}
      reload={reload}
      save={async (data) => {
        const wan = optionalNumber(data, 'amountWan');
        if (wan != null && (wan < 0 || wan > MAX_WAN)) return outOfRange;
        const input = { enterpriseId, kind: String(data.get('kind')) as SubsidyKind, amountCny: yuanFromWan(wan), year: optionalNumber(data, 'year') ?? Number.NaN };
        return (await record(input)).error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('edit.subsidyKind')} name="kind" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={SUBSIDY_KINDS[0]}>
                <Options items={SUBSIDY_KINDS} label={(kind) => t(`subsidyKind.${kind}`)} />
              </select>
            )}
          </Field>
          {/* The API names amountCny for a blank amount: shown under the 万元 box too. */}
          <Field label={t('edit.amountWan')} name="amountWan" errors={{ ...errors, ...(errors.amountCny && { amountWan: errors.amountCny }) }}>
            {(input) => <input {...input} type="number" step="0.0001" min={0} />}
          </Field>
          <YearField label={t('edit.paidInYear')} name="year" errors={errors} />
        </>
      )}
    </EditForm>
  );
}

function BatchForm({ body, reload }: { body: { id: string; name: string }; reload: () => void }) {
  const { t } = useTranslation();
  const [, recordBatch] = useMutation(RecordBatch);
  const record = useCreate(recordBatch);
  return (
    <EditForm
      title={t('edit.newBatch', { body: body.name })}
      testId={`record-batch-${body.id}`}
      emptyAfterSave
      fields={['periodEnd', 'peopleCertified', 'selfTrained', 'description']}
      reload={reload}
      save={async (data) => {
        const input = {
          bodyId: body.id,
          periodEnd: String(data.get('periodEnd') ?? ''),
          peopleCertified: optionalNumber(data, 'peopleCertified') ?? Number.NaN,
          selfTrained: optionalNumber(data, 'selfTrained'),
          description: optionalText(data, 'description'),
        };
        return (await record(input)).error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('edit.periodEnd')} name="periodEnd" errors={errors}>
            {(input) => <input {...input} type="date" />}
          </Field>
          <Field label={t('edit.peopleCertified')} name="peopleCertified" errors={errors}>
            {(input) => <input {...input} type="number" min={0} />}
          </Field>
          <Field label={t('edit.selfTrained')} name="selfTrained" errors={errors}>
            {(input) => <input {...input} type="number" min={0} />}
          </Field>
          <Field label={t('edit.description')} name="description" errors={errors}>
            {(input) => <textarea {...input} rows={2} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}
