// Promotion pathways: recorded and changed by the HR of their enterprise.
import { authorize, createMutation, crossFieldIssue, input, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { PromotionPathway } from './promotion-pathway.ts';
import { checkEnterprise, ownEnterprise, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(PromotionPathway, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const pathwayFields = {
  fromRoleEn: input.text(200, { description: 'fromRole in English.' }),
  toRoleEn: input.text(200, { description: 'toRole in English.' }),
  examplePerson: input.text(100, { description: 'A person who took this step, as the source names them.' }),
  honours: input.list(input.name(200), 20, 'honours', { description: 'Honours of the example person; replaces the list (null or [] empties it).' }),
};

const sameRole = (other: 'fromRole' | 'toRole', role: string) => `must differ from ${other} (${role}): a step leads from one role to another`;

const RecordPromotionPathwayInput = writeInput(builder, 'RecordPromotionPathwayInput', {
  enterpriseId: input.id({ required: true, description: 'The enterprise.' }),
  fromRole: input.name(200, { required: true, description: 'The role the step starts from, in Chinese (e.g. 技术工人).' }),
  toRole: input.name(200, { required: true, description: 'The role it leads to, in Chinese.' }),
  ...pathwayFields,
}, {
  description: "A step of an enterprise's promotion pathway, from one role to the next.",
  refine: (pathway, issues) => {
    if (pathway.fromRole === pathway.toRole) issues.addIssue(crossFieldIssue(['toRole'], sameRole('fromRole', pathway.fromRole), 'distinct'));
  },
});

const UpdatePromotionPathwayInput = writeInput(builder, 'UpdatePromotionPathwayInput', {
  id: input.recordId(),
  version: input.version(),
  fromRole: input.name(200, { keep: true, description: 'The role the step starts from, in Chinese.' }),
  toRole: input.name(200, { keep: true, description: 'The role it leads to, in Chinese.' }),
  ...pathwayFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

builder.mutationFields((t) => ({
  recordPromotionPathway: createMutation(t, {
    type: PromotionPathway,
    description: "Records a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    input: RecordPromotionPathwayInput,
    create: (pathway, ctx, operation) => {
      authorize(ctx.actor, operation, 'ownEnterprise', pathway.enterpriseId);
      return {
        authorize: (tx) => checkEnterprise(tx, pathway.enterpriseId),
        write: (tx) => tx.promotionPathway.create({ data: { ...pathway, honours: pathway.honours ?? [], provenance: 'REGISTERED' } }),
        read: (tx, id) => tx.promotionPathway.findUnique({ where: { id } }),
      };
    },
  }),
  updatePromotionPathway: updateMutation(t, {
    type: PromotionPathway,
    description: "Changes a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    input: UpdatePromotionPathwayInput,
    update: ({ id, version, ...changes }, ctx, operation) => ({
      read: (tx) => tx.promotionPathway.findUnique({ where: { id } }),
      authorize: ownEnterprise(ctx, operation),
      write: (tx, before) => {
        const fromRole = changes.fromRole ?? before.fromRole;
        const toRole = changes.toRole ?? before.toRole;
        if (fromRole === toRole) {
          throw changes.toRole
            ? ruleError('input.toRole', 'distinct', `${sameRole('fromRole', fromRole)}.`)
            : ruleError('input.fromRole', 'distinct', `${sameRole('toRole', toRole)}.`);
        }
        return tx.promotionPathway.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
      },
    }),
  }),
}));
