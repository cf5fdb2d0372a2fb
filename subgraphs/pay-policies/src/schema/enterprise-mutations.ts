import { auditedWrite, expectVersion, field, IDEMPOTENCY_KEY_DESCRIPTION, nextVersion, parseInput, ruleError, versionedUpdate, z } from '@partnership/kit';
import { builder, type Tx, type Types } from '../registry.ts';
import { Enterprise } from './enterprise.ts';
import { VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(Enterprise, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const enterpriseFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  nameEn: t.string({ required: false }),
  industryCode: t.string({ required: false }),
  town: t.string({ required: false, description: 'A town from the controlled list (`towns`); blank: not stated.' }),
  creditCode: t.string({ required: false, description: '统一社会信用代码: 18 digits and capital letters, unique.' }),
});

const RegisterEnterpriseInput = builder.inputType('RegisterEnterpriseInput', {
  fields: (t) => ({ name: t.string({ required: true }), ...enterpriseFields(t) }),
});

const UpdateEnterpriseInput = builder.inputType('UpdateEnterpriseInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string({ required: false }),
    ...enterpriseFields(t),
  }),
});

const optional = {
  nameEn: field.text(200).nullish(),
  industryCode: field.code().nullish(),
  town: field.town().nullish(),
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{18}$/, { error: 'must be 18 digits and capital letters (统一社会信用代码)' })
    .nullish(),
};
const registerSchema = z.object({ ...optional, name: field.name() });
const updateSchema = z.object({ ...optional, id: field.id(), version: field.version(), name: field.name().optional() });

/** A credit code names one enterprise. */
async function checkCreditCode(tx: Tx, creditCode: string | null | undefined, self?: number) {
  if (creditCode == null) return;
  const holder = await tx.enterprise.findUnique({ where: { creditCode } });
  if (holder && holder.id !== self) throw ruleError('input.creditCode', 'unique', `is already the credit code of Enterprise ${holder.id}.`);
}

builder.mutationFields((t) => ({
  registerEnterprise: t.field({
    type: Enterprise,
    description: 'Registers an enterprise. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RegisterEnterpriseInput, required: true }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(registerSchema, args.input);
      await ctx.references([{ path: 'input.industryCode', type: 'Industry', key: input.industryCode }]);
      return auditedWrite(ctx.db, ctx.actor, 'registerEnterprise', async (tx) => {
        await checkCreditCode(tx, input.creditCode);
        const after = await tx.enterprise.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'Enterprise', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.enterprise.findUnique({ where: { id } }) });
    },
  }),
  updateEnterprise: t.field({
    type: Enterprise,
    description: 'Changes an enterprise record. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: UpdateEnterpriseInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      await ctx.references([{ path: 'input.industryCode', type: 'Industry', key: changes.industryCode }]);
      return auditedWrite(ctx.db, ctx.actor, 'updateEnterprise', async (tx) => {
        const before = expectVersion(await tx.enterprise.findUnique({ where: { id } }), 'Enterprise', id, version);
        await checkCreditCode(tx, changes.creditCode, id);
        const after = await versionedUpdate('Enterprise', id, version, () =>
          tx.enterprise.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        return { recordType: 'Enterprise', recordId: id, before, after };
      });
    },
  }),
}));
