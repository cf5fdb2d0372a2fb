// Subsidy payments (BUREAU_ADMIN): recorded once, as paid.
import { createMutation, input, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { SubsidyKind as SubsidyKinds } from '../generated/prisma/enums.ts';
import { SubsidyKind } from './enums.ts';
import { Subsidy } from './subsidy.ts';
import { checkEnterprise } from './writes.ts';

const RecordSubsidyInput = writeInput(builder, 'RecordSubsidyInput', {
  kind: input.enum(SubsidyKind, SubsidyKinds, { required: true, description: 'What the subsidy is for.' }),
  enterpriseId: input.id({ description: 'The enterprise paid, where the payment went to one.' }),
  amountCny: input.count(2_000_000_000, { required: true, description: 'In CNY, 0 or more.' }),
  year: input.pastYear({ required: true, description: 'The year it was paid.' }),
}, { description: 'A subsidy paid: a certification grant or a high-skill talent subsidy.' });

builder.mutationFields((t) => ({
  recordSubsidy: createMutation(t, {
    type: Subsidy,
    description: 'Records a subsidy payment. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RecordSubsidyInput,
    create: (subsidy) => ({
      authorize: (tx) => checkEnterprise(tx, subsidy.enterpriseId),
      write: (tx) => tx.subsidy.create({ data: { ...subsidy, provenance: 'REGISTERED' } }),
      read: (tx, id) => tx.subsidy.findUnique({ where: { id } }),
    }),
  }),
}));
