import { createMutation, input, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { CREDIT_CODE } from '../credit-code.ts';
import { builder, type Tx } from '../registry.ts';
import { Enterprise } from './enterprise.ts';
import { VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(Enterprise, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const enterpriseFields = {
  nameEn: input.text(200, { description: 'The English name.' }),
  industryCode: input.industryCode(),
  town: input.town(),
  creditCode: input.custom('creditCode', 'String', CREDIT_CODE, { description: '统一社会信用代码 (GB 32100-2015): 18 digits and capital letters other than I, O, S, V and Z, the last its check character; unique.' }),
};

const RegisterEnterpriseInput = writeInput(builder, 'RegisterEnterpriseInput', { name: input.name(200, { required: true, description: 'The enterprise name in Chinese, as registered.' }), ...enterpriseFields }, {
  description: 'A new enterprise in the pay-policies registry.',
});

const UpdateEnterpriseInput = writeInput(builder, 'UpdateEnterpriseInput', {
  id: input.recordId(),
  version: input.version(),
  name: input.name(200, { keep: true, description: 'The enterprise name in Chinese, as registered.' }),
  ...enterpriseFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

/** A credit code names one enterprise. */
async function checkCreditCode(tx: Tx, creditCode: string | null | undefined, self?: number) {
  if (creditCode == null) return;
  const holder = await tx.enterprise.findUnique({ where: { creditCode } });
  if (holder && holder.id !== self) throw ruleError('input.creditCode', 'unique', `is already the credit code of Enterprise ${holder.id}.`);
}

builder.mutationFields((t) => ({
  registerEnterprise: createMutation(t, {
    type: Enterprise,
    description: 'Registers an enterprise. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RegisterEnterpriseInput,
    create: async (enterprise, ctx) => {
      await ctx.references([{ path: 'input.industryCode', type: 'Industry', key: enterprise.industryCode }]);
      return {
        authorize: (tx) => checkCreditCode(tx, enterprise.creditCode),
        write: (tx) => tx.enterprise.create({ data: { ...enterprise, provenance: 'REGISTERED' } }),
        read: (tx, id) => tx.enterprise.findUnique({ where: { id } }),
      };
    },
  }),
  updateEnterprise: updateMutation(t, {
    type: Enterprise,
    description: 'Changes an enterprise record. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: UpdateEnterpriseInput,
    update: async ({ id, version, ...changes }, ctx) => {
      await ctx.references([{ path: 'input.industryCode', type: 'Industry', key: changes.industryCode }]);
      return {
        read: (tx) => tx.enterprise.findUnique({ where: { id } }),
        write: async (tx) => {
          await checkCreditCode(tx, changes.creditCode, id);
          return tx.enterprise.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
        },
      };
    },
  }),
}));
