// Pay policies: recorded and changed by the HR of the enterprise that pays them.
import { auditedWrite, authorize, crossFieldIssue, expectVersion, field, IDEMPOTENCY_KEY_DESCRIPTION, nextVersion, parseInput, ruleError, versionedUpdate, z } from '@partnership/kit';
import { builder } from '../registry.ts';
import { PolicyScope as PolicyScopes } from '../generated/prisma/enums.ts';
import { PolicyScope } from './enums.ts';
import { PayPolicy } from './pay-policy.ts';
import { checkEnterprise, ownEnterprise, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(PayPolicy, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const RecordPayPolicyInput = builder.inputType('RecordPayPolicyInput', {
  description: 'A pay policy an enterprise adopted (薪酬待遇向技能人才倾斜).',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: 'The enterprise.' }),
    scope: t.field({ type: PolicyScope, required: true, description: 'Whom the policy favours.' }),
    upliftMinPercent: t.float({ required: true, description: 'Lowest pay rise, 0 to 100, at most 2 decimals.' }),
    upliftMaxPercent: t.float({ required: true, description: 'Highest pay rise, at least upliftMinPercent.' }),
    effectiveYear: t.int({ required: true, description: 'Year the policy takes effect.' }),
    description: t.string({ required: false, multiline: true }),
  }),
});

const UpdatePayPolicyInput = builder.inputType('UpdatePayPolicyInput', {
  description: 'Fields left out keep their value; null clears the description.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The pay policy.' }),
    version: t.int({ required: true, description: 'The version read; a stale one is refused.' }),
    scope: t.field({ type: PolicyScope, required: false, description: 'Whom the policy favours.' }),
    upliftMinPercent: t.float({ required: false, description: 'Lowest pay rise, in percent.' }),
    upliftMaxPercent: t.float({ required: false, description: 'Highest pay rise, in percent.' }),
    effectiveYear: t.int({ required: false, description: 'Year the policy takes effect.' }),
    description: t.string({ required: false, multiline: true }),
  }),
});

const MIN_MAX = crossFieldIssue(['upliftMinPercent'], 'must not exceed upliftMaxPercent', 'minMax');

const recordSchema = z
  .object({
    enterpriseId: field.id(),
    scope: z.enum(PolicyScopes),
    upliftMinPercent: field.percent(),
    upliftMaxPercent: field.percent(),
    effectiveYear: field.year(),
    description: field.text(1000).nullish(),
  })
  .superRefine((input, issues) => {
    if (input.upliftMinPercent > input.upliftMaxPercent) issues.addIssue(MIN_MAX);
  });

const updateSchema = z.object({
  id: field.id(),
  version: field.version(),
  scope: z.enum(PolicyScopes).optional(),
  upliftMinPercent: field.percent().optional(),
  upliftMaxPercent: field.percent().optional(),
  effectiveYear: field.year().optional(),
  description: field.text(1000).nullish(),
});

builder.mutationFields((t) => ({
  recordPayPolicy: t.field({
    type: PayPolicy,
    description: "Records a pay policy of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: RecordPayPolicyInput, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const input = parseInput(recordSchema, args.input);
      authorize(ctx.actor, 'recordPayPolicy', 'ownEnterprise', input.enterpriseId);
      return auditedWrite(ctx.db, ctx.actor, 'recordPayPolicy', async (tx) => {
        await checkEnterprise(tx, input.enterpriseId);
        const after = await tx.payPolicy.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'PayPolicy', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.payPolicy.findUnique({ where: { id } }) });
    },
  }),
  updatePayPolicy: t.field({
    type: PayPolicy,
    description: "Changes a pay policy of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: UpdatePayPolicyInput, required: true, description: 'What to write.' }) },
    resolve: (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'updatePayPolicy', async (tx) => {
        const row = await tx.payPolicy.findUnique({ where: { id } });
        const before = expectVersion(row, 'PayPolicy', id, version, ownEnterprise(ctx, 'updatePayPolicy'));
        const min = changes.upliftMinPercent ?? before.upliftMinPercent.toNumber();
        const max = changes.upliftMaxPercent ?? before.upliftMaxPercent.toNumber();
        if (min > max) {
          const path = changes.upliftMinPercent != null ? 'input.upliftMinPercent' : 'input.upliftMaxPercent';
          throw ruleError(path, 'minMax', `would leave upliftMinPercent ${min} above upliftMaxPercent ${max}.`);
        }
        const after = await versionedUpdate('PayPolicy', id, version, () =>
          tx.payPolicy.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        return { recordType: 'PayPolicy', recordId: id, before, after };
      });
    },
  }),
}));
