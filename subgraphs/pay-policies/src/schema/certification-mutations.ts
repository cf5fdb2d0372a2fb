// Skill certification (BUREAU_ADMIN): certification bodies and the batches they certify.
import { auditedWrite, crossFieldIssue, field, IDEMPOTENCY_KEY_DESCRIPTION, missingReference, parseInput, z } from '@partnership/kit';
import { builder } from '../registry.ts';
import { CertificationBodyKind as BodyKinds } from '../generated/prisma/enums.ts';
import { CertificationBatch } from './certification-batch.ts';
import { CertificationBody } from './certification-body.ts';
import { CertificationBodyKind } from './enums.ts';
import { checkEnterprise } from './writes.ts';

const RegisterCertificationBodyInput = builder.inputType('RegisterCertificationBodyInput', {
  description: 'A new certification body (职业技能等级认定机构).',
  fields: (t) => ({
    kind: t.field({ type: CertificationBodyKind, required: true, description: 'Enterprise or social evaluation organisation.' }),
    name: t.string({ required: true, description: 'Name in Chinese.' }),
    nameEn: t.string({ required: false, description: 'English rendering of the name.' }),
    enterpriseId: t.id({ required: false, description: 'Required for an ENTERPRISE body: the enterprise itself.' }),
    pilotSinceYear: t.int({ required: true, description: 'Year it became a certification pilot.' }),
    pilotSinceMonth: t.int({ required: false, description: 'Month (1-12) it became a pilot, where known.' }),
    occupationCodes: t.stringList({ required: false, description: 'Occupation codes (职业编码) it certifies, as enterprise-classes registers them.' }),
  }),
});

const RecordCertificationBatchInput = builder.inputType('RecordCertificationBatchInput', {
  description: 'People one body certified in one period.',
  fields: (t) => ({
    bodyId: t.id({ required: true, description: 'The certification body.' }),
    periodEnd: t.string({ required: true, description: 'Last day of the period, YYYY-MM-DD.' }),
    peopleCertified: t.int({ required: true, description: 'People certified in the period (取证人数).' }),
    selfTrained: t.int({ required: false, description: 'Of those, people the enterprise trained itself.' }),
    description: t.string({ required: false, multiline: true }),
  }),
});

const bodySchema = z
  .object({
    kind: z.enum(BodyKinds),
    name: field.name(),
    nameEn: field.text(200).nullish(),
    enterpriseId: field.id().nullish(),
    pilotSinceYear: field.year(),
    pilotSinceMonth: z.number().int().min(1, { error: 'must be a month from 1 to 12' }).max(12, { error: 'must be a month from 1 to 12' }).nullish(),
    occupationCodes: z.array(field.code()).max(50, { error: 'must list at most 50 occupations' }).optional(),
  })
  .superRefine((input, issues) => {
    if (input.kind === 'ENTERPRISE' && input.enterpriseId == null) {
      issues.addIssue(crossFieldIssue(['enterpriseId'], 'is required for an ENTERPRISE body', 'required'));
    }
  });

const batchSchema = z
  .object({
    bodyId: field.id(),
    periodEnd: field.date(),
    peopleCertified: field.count(1_000_000),
    selfTrained: field.count(1_000_000).nullish(),
    description: field.text(1000).nullish(),
  })
  .superRefine((input, issues) => {
    if (input.selfTrained != null && input.selfTrained > input.peopleCertified) {
      issues.addIssue(crossFieldIssue(['selfTrained'], 'must not exceed peopleCertified', 'minMax'));
    }
  });

builder.mutationFields((t) => ({
  registerCertificationBody: t.field({
    type: CertificationBody,
    description: 'Registers a certification body (a pilot enterprise or a social evaluation organisation). BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RegisterCertificationBodyInput, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(bodySchema, args.input);
      await ctx.references((input.occupationCodes ?? []).map((key) => ({ path: 'input.occupationCodes', type: 'Occupation' as const, key })));
      return auditedWrite(ctx.db, ctx.actor, 'registerCertificationBody', async (tx) => {
        await checkEnterprise(tx, input.enterpriseId);
        const after = await tx.certificationBody.create({
          data: { ...input, occupationCodes: [...new Set(input.occupationCodes ?? [])], provenance: 'REGISTERED' },
        });
        return { recordType: 'CertificationBody', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.certificationBody.findUnique({ where: { id } }) });
    },
  }),
  recordCertificationBatch: t.field({
    type: CertificationBatch,
    description: 'Records the people a body certified in one period. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RecordCertificationBatchInput, required: true, description: 'What to write.' }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const input = parseInput(batchSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'recordCertificationBatch', async (tx) => {
        if (!(await tx.certificationBody.findUnique({ where: { id: input.bodyId } }))) {
          throw missingReference('input.bodyId', 'CertificationBody', input.bodyId);
        }
        const after = await tx.certificationBatch.create({ data: { ...input, provenance: 'REGISTERED' } });
        return { recordType: 'CertificationBatch', recordId: after.id, before: null, after };
      }, { key: args.idempotencyKey, input, replay: (tx, id) => tx.certificationBatch.findUnique({ where: { id } }) });
    },
  }),
}));
