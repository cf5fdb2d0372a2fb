// Skill certification (BUREAU_ADMIN): certification bodies and the batches they certify.
import { createMutation, crossFieldIssue, input, missingReference, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { CertificationBodyKind as BodyKinds } from '../generated/prisma/enums.ts';
import { CertificationBatch } from './certification-batch.ts';
import { CertificationBody } from './certification-body.ts';
import { CertificationBodyKind } from './enums.ts';
import { checkEnterprise } from './writes.ts';

const RegisterCertificationBodyInput = writeInput(builder, 'RegisterCertificationBodyInput', {
  kind: input.enum(CertificationBodyKind, BodyKinds, { required: true }),
  name: input.name(200, { required: true }),
  nameEn: input.text(200, { description: 'The English name.' }),
  enterpriseId: input.id({ description: 'Required for an ENTERPRISE body: the enterprise itself.' }),
  pilotSinceYear: input.year({ required: true }),
  pilotSinceMonth: input.month(),
  occupationCodes: input.list(input.occupationCode(), 50, 'occupations', { description: 'Occupations (职业/工种) the body certifies.' }),
}, {
  description: 'A new skill-level certification body (职业技能等级认定): a certifying enterprise or a social evaluation organisation.',
  refine: (body, issues) => {
    if (body.kind === 'ENTERPRISE' && body.enterpriseId == null) {
      issues.addIssue(crossFieldIssue(['enterpriseId'], 'is required for an ENTERPRISE body', 'required'));
    }
  },
});

const RecordCertificationBatchInput = writeInput(builder, 'RecordCertificationBatchInput', {
  bodyId: input.id({ required: true, description: 'The certification body.' }),
  periodEnd: input.date({ required: true, description: 'Last day of the period, YYYY-MM-DD.' }),
  peopleCertified: input.count(1_000_000, { required: true, description: 'People certified in the period.' }),
  selfTrained: input.count(1_000_000, { description: 'Of those, people the enterprise trained itself.' }),
  description: input.multiline(1000),
}, {
  description: 'The people a certification body certified in one period.',
  refine: (batch, issues) => {
    if (batch.selfTrained != null && batch.selfTrained > batch.peopleCertified) {
      issues.addIssue(crossFieldIssue(['selfTrained'], 'must not exceed peopleCertified', 'minMax'));
    }
  },
});

builder.mutationFields((t) => ({
  registerCertificationBody: createMutation(t, {
    type: CertificationBody,
    description: 'Registers a certification body (a pilot enterprise or a social evaluation organisation). BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RegisterCertificationBodyInput,
    create: async (body, ctx) => {
      await ctx.references((body.occupationCodes ?? []).map((key) => ({ path: 'input.occupationCodes', type: 'Occupation' as const, key })));
      return {
        authorize: (tx) => checkEnterprise(tx, body.enterpriseId),
        write: (tx) => tx.certificationBody.create({ data: { ...body, occupationCodes: [...new Set(body.occupationCodes ?? [])], provenance: 'REGISTERED' } }),
        read: (tx, id) => tx.certificationBody.findUnique({ where: { id } }),
      };
    },
  }),
  recordCertificationBatch: createMutation(t, {
    type: CertificationBatch,
    description: 'Records the people a body certified in one period. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RecordCertificationBatchInput,
    create: (batch) => ({
      authorize: async (tx) => {
        if (!(await tx.certificationBody.findUnique({ where: { id: batch.bodyId } }))) throw missingReference('input.bodyId', 'CertificationBody', batch.bodyId);
      },
      write: (tx) => tx.certificationBatch.create({ data: { ...batch, provenance: 'REGISTERED' } }),
      read: (tx, id) => tx.certificationBatch.findUnique({ where: { id } }),
    }),
  }),
}));
