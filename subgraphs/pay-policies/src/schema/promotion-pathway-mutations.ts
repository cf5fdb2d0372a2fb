// Promotion pathways: recorded and changed by the HR of their enterprise.
import { auditedWrite, authorize, expectVersion, field, IDEMPOTENCY_KEY_DESCRIPTION, nextVersion, parseInput, versionedUpdate, z } from '@partnership/kit';
import { builder, type Types } from '../registry.ts';
import { PromotionPathway } from './promotion-pathway.ts';
import { checkEnterprise, ownEnterprise, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(PromotionPathway, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const pathwayFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  fromRoleEn: t.string({ required: false, description: 'English rendering of fromRole.' }),
  toRoleEn: t.string({ required: false, description: 'English rendering of toRole.' }),
  examplePerson: t.string({ required: false, description: 'Someone who took this route, if named.' }),
  honours: t.stringList({ required: false, description: 'Honours of the example person; replaces the list.' }),
});

const RecordPromotionPathwayInput = builder.inputType('RecordPromotionPathwayInput', {
  description: 'A promotion pathway of an enterprise (岗位晋升).',
  fields: (t) => ({
    enterpriseId: t.id({ required: true, description: 'The enterprise.' }),
    fromRole: t.string({ required: true, description: 'Role the route starts from, in Chinese.' }),
    toRole: t.string({ required: true, description: 'Role the route leads to, in Chinese.' }),
    ...pathwayFields(t),
  }),
});

const UpdatePromotionPathwayInput = builder.inputType('UpdatePromotionPathwayInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The record to change.' }),
    version: t.int({ required: true, description: 'The version read; a stale one is refused.' }),
    fromRole: t.string({ required: false, description: 'Role the route starts from, in Chinese.' }),
    toRole: t.string({ required: false, description: 'Role the route leads to, in Chinese.' }),
    ...pathwayFields(t),
  }),
});

const optional = {
  fromRoleEn: field.text(200).nullish(),
  toRoleEn: field.text(200).nullish(),
  examplePerson: field.text(100).nullish(),
  honours: z.array(field.name(200)).max(20, { error: 'must list at most 20 honours' }).optional(),
};
const recordSchema = z.object({ ...optional, enterpriseId: field.id(), fromRole: field.name(), toRole: field.name() });
const updateSchema = z.object({
  ...optional,
  id: field.id(),
  version: field.version(),
  fromRole: field.name().optional(),
  toRole: field.name().optional(),
});

builder.mutationFields((t) => ({
  recordPromotionPathway: t.field({
    type: PromotionPathway,
    description: "Records a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: RecordPromotionPathwayInput, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const input = parseInput(recordSchema, args.input);
      authorize(ctx.actor, 'recordPromotionPathway', 'ownEnterprise', input.enterpriseId);
      return auditedWrite(ctx.db, ctx.actor, 'recordPromotionPathway', async (tx) => {
        await checkEnterprise(tx, input.enterpriseId);
        const after = await tx.promotionPathway.create({ data: { ...input, honours: input.honours ?? [], provenance: 'REGISTERED' } });
        return { recordType: 'PromotionPathway', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.promotionPathway.findUnique({ where: { id } }) });
    },
  }),
  updatePromotionPathway: t.field({
    type: PromotionPathway,
    description: "Changes a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: UpdatePromotionPathwayInput, required: true, description: 'What to write.' }) },
    resolve: (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'updatePromotionPathway', async (tx) => {
        const row = await tx.promotionPathway.findUnique({ where: { id } });
        const before = expectVersion(row, 'PromotionPathway', id, version, ownEnterprise(ctx, 'updatePromotionPathway'));
        const after = await versionedUpdate('PromotionPathway', id, version, () =>
          tx.promotionPathway.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
        );
        return { recordType: 'PromotionPathway', recordId: id, before, after };
      });
    },
  }),
}));
