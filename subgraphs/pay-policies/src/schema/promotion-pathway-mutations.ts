// Promotion pathways: recorded and changed by the HR of their enterprise.
import { authorize, createRecord, IDEMPOTENCY_KEY_DESCRIPTION, input, nextVersion, updateRecord, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { PromotionPathway } from './promotion-pathway.ts';
import { checkEnterprise, ownEnterprise, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(PromotionPathway, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const pathwayFields = {
  fromRoleEn: input.text(200),
  toRoleEn: input.text(200),
  examplePerson: input.text(100),
  honours: input.list(input.name(200), 20, 'honours', { keep: true, description: 'Honours of the example person; replaces the list.' }),
};

const RecordPromotionPathwayInput = writeInput(builder, 'RecordPromotionPathwayInput', {
  enterpriseId: input.id({ required: true, description: 'The enterprise.' }),
  fromRole: input.name(200, { required: true }),
  toRole: input.name(200, { required: true }),
  ...pathwayFields,
}, { description: "A step of an enterprise's promotion pathway, from one role to the next." });

const UpdatePromotionPathwayInput = writeInput(builder, 'UpdatePromotionPathwayInput', {
  id: input.recordId(),
  version: input.version(),
  fromRole: input.name(200, { keep: true }),
  toRole: input.name(200, { keep: true }),
  ...pathwayFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

builder.mutationFields((t) => ({
  recordPromotionPathway: t.field({
    type: PromotionPathway,
    description: "Records a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: RecordPromotionPathwayInput.ref, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const pathway = RecordPromotionPathwayInput.parse(args.input);
      authorize(ctx.actor, 'recordPromotionPathway', 'ownEnterprise', pathway.enterpriseId);
      return createRecord(ctx, 'recordPromotionPathway', {
        recordType: 'PromotionPathway',
        key: args.idempotencyKey,
        input: pathway,
        authorize: (tx) => checkEnterprise(tx, pathway.enterpriseId),
        write: (tx) => tx.promotionPathway.create({ data: { ...pathway, honours: pathway.honours ?? [], provenance: 'REGISTERED' } }),
        read: (tx, id) => tx.promotionPathway.findUnique({ where: { id } }),
      });
    },
  }),
  updatePromotionPathway: t.field({
    type: PromotionPathway,
    description: "Changes a promotion pathway of the caller's enterprise. ENTERPRISE_HR of that enterprise.",
    authScopes: { enterpriseHr: true },
    args: { input: t.arg({ type: UpdatePromotionPathwayInput.ref, required: true, description: 'What to write.' }) },
    resolve: (_root, args, ctx) => {
      const { id, version, ...changes } = UpdatePromotionPathwayInput.parse(args.input);
      return updateRecord(ctx, 'updatePromotionPathway', {
        recordType: 'PromotionPathway',
        id,
        version,
        read: (tx) => tx.promotionPathway.findUnique({ where: { id } }),
        authorize: ownEnterprise(ctx, 'updatePromotionPathway'),
        write: (tx) => tx.promotionPathway.update({ where: { id, version }, data: { ...changes, ...nextVersion } }),
      });
    },
  }),
}));
