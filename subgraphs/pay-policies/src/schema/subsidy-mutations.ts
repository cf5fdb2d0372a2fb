// Subsidy payments (BUREAU_ADMIN): recorded once, as paid.
import { auditedWrite, field, IDEMPOTENCY_KEY_DESCRIPTION, parseInput, z } from '@partnership/kit';
import { builder } from '../registry.ts';
import { SubsidyKind as SubsidyKinds } from '../generated/prisma/enums.ts';
import { SubsidyKind } from './enums.ts';
import { Subsidy } from './subsidy.ts';
import { checkEnterprise } from './writes.ts';

const RecordSubsidyInput = builder.inputType('RecordSubsidyInput', {
  description: 'One subsidy payment.',
  fields: (t) => ({
    kind: t.field({ type: SubsidyKind, required: true, description: 'Certification grant or high-skill talent subsidy.' }),
    enterpriseId: t.id({ required: false, description: 'The enterprise paid, where the payment went to one.' }),
    amountCny: t.int({ required: true, description: 'In CNY, 0 or more.' }),
    year: t.int({ required: true, description: 'Year it was paid.' }),
  }),
});

const subsidySchema = z.object({
  kind: z.enum(SubsidyKinds),
  enterpriseId: field.id().nullish(),
  amountCny: field.count(2_000_000_000),
  year: field.year(),
});

builder.mutationFields((t) => ({
  recordSubsidy: t.field({
    type: Subsidy,
    description: 'Records a subsidy payment. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RecordSubsidyInput, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const input = parseInput(subsidySchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'recordSubsidy', async (tx) => {
        await checkEnterprise(tx, input.enterpriseId);
        const after = await tx.subsidy.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'Subsidy', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.subsidy.findUnique({ where: { id } }) });
    },
  }),
}));
