// Pay policies: recorded and changed by the HR of the enterprise that pays them.
import { authorize, createMutation, crossFieldIssue, input, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { PolicyScope as PolicyScopes } from '../generated/prisma/enums.ts';
import { PolicyScope } from './enums.ts';
import { PayPolicy } from './pay-policy.ts';
import { checkEnterprise, ownEnterprise, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(PayPolicy, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

/** The lowest rise may not exceed the highest: the issue is on the lowest, bounded by the highest. */
const minMax = (max: number) => crossFieldIssue(['upliftMinPercent'], 'must not exceed upliftMaxPercent', 'minMax', { max });

const RecordPayPolicyInput = writeInput(builder, 'RecordPayPolicyInput', {
  enterpriseId: input.id({ required: true, description: 'The enterprise.' }),
  scope: input.enum(PolicyScope, PolicyScopes, { required: true, description: 'Whom the policy covers.' }),
  upliftMinPercent: input.percent({ required: true, description: 'Lowest pay rise, 0 to 100, at most 2 decimals.' }),
  upliftMaxPercent: input.percent({ required: true, description: 'Highest pay rise, at least upliftMinPercent.' }),
  effectiveYear: input.year({ required: true, description: 'The year it took effect.' }),
  description: input.multiline(1000, { description: 'The policy in the source\'s words.' }),
}, {
  description: "An enterprise's pay policy: the pay rise range it gives one group of skilled workers, from a year on.",
  refine: (policy, issues) => {
    if (policy.upliftMinPercent > policy.upliftMaxPercent) issues.addIssue(minMax(policy.upliftMaxPercent));
  },
});

const UpdatePayPolicyInput = writeInput(builder, 'UpdatePayPolicyInput', {
  id: input.recordId(),
  version: input.version(),
  scope: input.enum(PolicyScope, PolicyScopes, { keep: true, description: 'Whom the policy covers.' }),
  upliftMinPercent: input.percent({ keep: true, description: 'Lowest pay rise.' }),
  upliftMaxPercent: input.percent({ keep: true, description: 'Highest pay rise, at least upliftMinPercent.' }),
  effectiveYear: input.year({ keep: true, description: 'The year it took effect.' }),
  description: input.multiline(1000, { description: 'The policy in the source\'s words.' }),
}, { description: 'Fields left out keep their value; null clears the description.' });

builder.mutationFields((t) => ({
  recordPayPolicy: createMutation(t, {
    type: PayPolicy,
    description: "Records a pay policy of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    input: RecordPayPolicyInput,
    create: (policy, ctx, operation) => {
      authorize(ctx.actor, operation, 'ownEnterprise', policy.enterpriseId);
      return {
        authorize: (tx) => checkEnterprise(tx, policy.enterpriseId),
        write: (tx) => tx.payPolicy.create({ data: { ...policy, provenance: 'REGISTERED' } }),
        read: (tx, id) => tx.payPolicy.findUnique({ where: { id } }),
      };
    },
  }),
  updatePayPolicy: updateMutation(t, {
    type: PayPolicy,
    description: "Changes a pay policy of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    input: UpdatePayPolicyInput,
    update: ({ id, version, ...changes }, ctx, operation) => ({
      read: (tx) => tx.payPolicy.findUnique({ where: { id } }),
      authorize: ownEnterprise(ctx, operation),
      write: (tx, before) => {
        const min = changes.upliftMinPercent ?? before.upliftMinPercent.toNumber();
        const max = changes.upliftMaxPercent ?? before.upliftMaxPercent.toNumber();
        if (min > max) {
          const path = changes.upliftMinPercent != null ? 'input.upliftMinPercent' : 'input.upliftMaxPercent';
          // The field sent is bounded by the one kept: a lowest rise by the highest, a highest by the lowest.
          const bound = path === 'input.upliftMinPercent' ? { max } : { min };
          throw ruleError(path, 'minMax', `would leave upliftMinPercent ${min} above upliftMaxPercent ${max}.`, bound);
        }
        return tx.payPolicy.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
      },
    }),
  }),
}));
