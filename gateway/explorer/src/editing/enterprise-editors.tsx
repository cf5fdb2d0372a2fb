import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { graphql } from '../gql/index.ts';
import type { PolicyScope } from '../gql/graphql.ts';
import { may, type Session, useSession } from '../session/session.ts';
import { EditForm, Field, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { BureauEnterpriseEditors } from './bureau-enterprise-editors.tsx';
import { NewClassForm } from './new-class.tsx';
import { PromotionPathwayForm } from './promotion-pathway-form.tsx';

/** What the write forms need: versions, and the school that owns each class. */
const EnterpriseEditing = graphql(`
  query EnterpriseEditing($id: ID!) {
    enterprise(id: $id) {
      id
      payPolicies {
        id
        version
        scope
        upliftMinPercent
        upliftMaxPercent
        effectiveYear
        description
      }
      promotionPathways {
        id
        version
        fromRole
        toRole
        fromRoleEn
        toRoleEn
        examplePerson
        honours
      }
      enterpriseClasses {
        id
        version
        name
        seats
        school {
          id
        }
      }
    }
  }
`);

const UpdatePayPolicy = graphql(`
  mutation UpdatePayPolicy($input: UpdatePayPolicyInput!) {
    updatePayPolicy(input: $input) {
      id
      version
      scope
      upliftMinPercent
      upliftMaxPercent
      effectiveYear
      description
    }
  }
`);

const RecordPayPolicy = graphql(`
  mutation RecordPayPolicy($input: RecordPayPolicyInput!, $idempotencyKey: String) {
    recordPayPolicy(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
    }
  }
`);

const UpdateClassSeats = graphql(`
  mutation UpdateClassSeats($input: UpdateEnterpriseClassInput!) {
    updateEnterpriseClass(input: $input) {
      id
      version
      seats
    }
  }
`);

const SCOPES: PolicyScope[] = ['HIGH_SKILL_TALENT', 'FRONT_LINE_SKILLED'];
const POLICY_FIELDS = ['scope', 'upliftMinPercent', 'upliftMaxPercent', 'effectiveYear', 'description'] as const;

/**
 * The enterprise's write forms the signed-in role may use: the bureau's subsidies and certification batches; its pay policies and promotion pathways for its own HR; for a
 * school's staff, the seats of the school's order classes with it and a new one. Nothing for anyone else.
 * After a save the profile above is read again too, so it shows the change.
 */
export function EnterpriseEditors({ enterpriseId, reloadProfile }: { enterpriseId: string; reloadProfile: () => void }) {
  const session = useSession();
  const mayEditPolicies = may.editPayPolicies(session, Number(enterpriseId));
  if (may.editEnterprises(session)) return <BureauEnterpriseEditors enterpriseId={enterpriseId} reload={reloadProfile} />;
  if (!mayEditPolicies && session?.role !== 'COLLEGE_STAFF') return null;
  return <Editors enterpriseId={enterpriseId} session={session!} reloadProfile={reloadProfile} />;
}

function Editors({ enterpriseId, session, reloadProfile }: { enterpriseId: string; session: Session; reloadProfile: () => void }) {
  const { t } = useTranslation();
  const [result, reexecute] = useQuery({ query: EnterpriseEditing, variables: { id: enterpriseId } });
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    reloadProfile();
  };
  const enterprise = result.data?.enterprise;
  if (!enterprise) return null;
  const classes = enterprise.enterpriseClasses?.filter((c) => may.editClasses(session, Number(c.school.id))) ?? [];
  return (
    <div className="grid" data-testid="enterprise-editors">
      {may.editPayPolicies(session, Number(enterpriseId)) && (
        <>
          {enterprise.payPolicies.map((p) => (
            <PayPolicyForm key={`${p.id}:${p.version}`} policy={p} reload={reload} />
          ))}
          <PayPolicyForm enterpriseId={enterpriseId} reload={reload} />
          {enterprise.promotionPathways.map((p) => (
            <PromotionPathwayForm key={`${p.id}:${p.version}`} pathway={p} reload={reload} />
          ))}
          <PromotionPathwayForm enterpriseId={enterpriseId} reload={reload} />
        </>
      )}
      {classes.map((c) => (
        <ClassSeatsForm key={`${c.id}:${c.version}`} enterpriseClass={c} title={t('edit.classSeats', { name: c.name })} reload={reload} />
      ))}
      {session.role === 'COLLEGE_STAFF' && session.schoolId != null && <NewClassForm enterpriseId={enterpriseId} schoolId={session.schoolId} reload={reload} />}
    </div>
  );
}

type Policy = { id: string; version: number; scope: PolicyScope; upliftMinPercent: number; upliftMaxPercent: number; effectiveYear: number; description?: string | null };

/** Changes a policy (updatePayPolicy), or records a new one (recordPayPolicy) when given none. */
function PayPolicyForm({ policy, enterpriseId, reload }: { policy?: Policy; enterpriseId?: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, update] = useMutation(UpdatePayPolicy);
  const [, recordPolicy] = useMutation(RecordPayPolicy);
  const record = useCreate(recordPolicy);
  return (
    <EditForm
      title={policy ? `${t('edit.payPolicy')} · ${t(`policyScope.${policy.scope}`)}` : t('edit.newPayPolicy')}
      testId={policy ? `edit-pay-policy-${policy.id}` : 'record-pay-policy'}
      emptyAfterSave={!policy}
      fields={POLICY_FIELDS}
      reload={reload}
      save={async (data) => {
        const values = {
          scope: String(data.get('scope')) as PolicyScope,
          upliftMinPercent: optionalNumber(data, 'upliftMinPercent') ?? Number.NaN,
          upliftMaxPercent: optionalNumber(data, 'upliftMaxPercent') ?? Number.NaN,
          effectiveYear: optionalNumber(data, 'effectiveYear') ?? Number.NaN,
          description: optionalText(data, 'description'),
        };
        if (policy) return (await update({ input: { id: policy.id, version: policy.version, ...values } })).error;
        return (await record({ enterpriseId: enterpriseId!, ...values })).error;
      }}
    >
      {(errors) => (
        <>
          <Field label={t('edit.scope')} name="scope" errors={errors}>
            {(input) => (
              <select {...input} defaultValue={policy?.scope ?? SCOPES[0]}>
                <Options items={SCOPES} label={(s) => t(`policyScope.${s}`)} />
              </select>
            )}
          </Field>
          <Field label={t('edit.upliftMin')} name="upliftMinPercent" errors={errors}>
            {(input) => <input {...input} type="number" step="0.01" defaultValue={policy?.upliftMinPercent} />}
          </Field>
          <Field label={t('edit.upliftMax')} name="upliftMaxPercent" errors={errors}>
            {(input) => <input {...input} type="number" step="0.01" defaultValue={policy?.upliftMaxPercent} />}
          </Field>
          <YearField label={t('edit.effectiveYear')} name="effectiveYear" errors={errors} year={policy?.effectiveYear} />
          <Field label={t('edit.description')} name="description" errors={errors}>
            {(input) => <textarea {...input} rows={2} defaultValue={policy?.description ?? ''} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}

function ClassSeatsForm({ enterpriseClass, title, reload }: { enterpriseClass: { id: string; version: number; seats?: number | null }; title: string; reload: () => void }) {
  const { t } = useTranslation();
  const [, update] = useMutation(UpdateClassSeats);
  return (
    <EditForm
      title={title}
      testId={`edit-class-${enterpriseClass.id}`}
      fields={['seats']}
      reload={reload}
      save={async (data) => {
        const input = { id: enterpriseClass.id, version: enterpriseClass.version, seats: optionalNumber(data, 'seats') ?? Number.NaN };
        return (await update({ input })).error;
      }}
    >
      {(errors) => (
        <Field label={t('edit.seats')} name="seats" errors={errors}>
          {(input) => <input {...input} type="number" defaultValue={enterpriseClass.seats ?? ''} />}
        </Field>
      )}
    </EditForm>
  );
}
