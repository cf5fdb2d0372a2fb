// Skill certification (BUREAU_ADMIN): certification bodies and the batches they certify.
import { createMutation, crossFieldIssue, input, missingReference, ruleError, todayInXiaoshan, writeInput } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import { isoDate } from '../dates.ts';
import { CertificationBodyKind as BodyKinds } from '../generated/prisma/enums.ts';
import type { CertificationBody as BodyRow } from '../generated/prisma/client.ts';
import { CertificationBatch } from './certification-batch.ts';
import { CertificationBody } from './certification-body.ts';
import { CertificationBodyKind } from './enums.ts';
import { checkEnterprise } from './writes.ts';

const RegisterCertificationBodyInput = writeInput(builder, 'RegisterCertificationBodyInput', {
  kind: input.enum(CertificationBodyKind, BodyKinds, { required: true, description: 'An enterprise certifying its own workers, or a social evaluation organisation (社会评价组织).' }),
  name: input.name(200, { required: true, description: 'The body name in Chinese.' }),
  nameEn: input.text(200, { description: 'The English name.' }),
  enterpriseId: input.id({ description: 'Required for an ENTERPRISE body: the enterprise itself.' }),
  pilotSinceYear: input.pastYear({ required: true, description: 'The year it became a certification pilot.' }),
  pilotSinceMonth: input.month({ description: 'The month of that year, where known.' }),
  occupationCodes: input.list(input.occupationCode(), 50, 'occupations', { description: 'Occupations (职业/工种) the body certifies.' }),
}, {
  description: 'A new skill-level certification body (职业技能等级认定): a certifying enterprise or a social evaluation organisation.',
  refine: (body, issues) => {
    if (body.kind === 'ENTERPRISE' && body.enterpriseId == null) {
      issues.addIssue(crossFieldIssue(['enterpriseId'], 'is required for an ENTERPRISE body', 'required'));
    }
    const thisMonth = todayInXiaoshan().slice(0, 7);
    const since = `${body.pilotSinceYear}-${String(body.pilotSinceMonth).padStart(2, '0')}`;
    if (body.pilotSinceMonth != null && since > thisMonth) {
      issues.addIssue(crossFieldIssue(['pilotSinceMonth'], `must not be after this month, ${thisMonth} (Asia/Shanghai)`, 'range', { max: thisMonth }));
    }
    if (body.kind === 'SOCIAL_EVALUATION_ORGANISATION' && body.enterpriseId != null) {
      issues.addIssue(
        crossFieldIssue(['enterpriseId'], 'must be left out for a SOCIAL_EVALUATION_ORGANISATION body: it certifies for others and is no enterprise of the registry', 'kind'),
      );
    }
  },
});

const RecordCertificationBatchInput = writeInput(builder, 'RecordCertificationBatchInput', {
  bodyId: input.id({ required: true, description: 'The certification body.' }),
  periodEnd: input.date({ required: true, description: 'Last day of the period, YYYY-MM-DD.' }),
  peopleCertified: input.count(1_000_000, { required: true, description: 'People certified in the period.' }),
  selfTrained: input.count(1_000_000, { description: 'Of those, people the enterprise trained itself.' }),
  description: input.multiline(1000, { description: 'What the period covered, in the source\'s words.' }),
}, {
  description: 'The people a certification body certified in one period.',
  refine: (batch, issues) => {
    if (batch.selfTrained != null && batch.selfTrained > batch.peopleCertified) {
      issues.addIssue(crossFieldIssue(['selfTrained'], 'must not exceed peopleCertified', 'minMax', { max: batch.peopleCertified }));
    }
  },
});

/** An enterprise runs one ENTERPRISE body; its row is locked so that two registrations cannot both pass. */
async function checkOneBodyPerEnterprise(tx: Tx, enterpriseId: number | null | undefined) {
  if (enterpriseId == null) return;
  await tx.$queryRaw`SELECT 1 FROM "Enterprise" WHERE id = ${enterpriseId} FOR UPDATE`;
  const existing = await tx.certificationBody.findFirst({ where: { enterpriseId, kind: 'ENTERPRISE' }, orderBy: { id: 'asc' } });
  if (existing) {
    throw ruleError('input.enterpriseId', 'unique', `refers to Enterprise ${enterpriseId}, which already certifies as CertificationBody ${existing.id}: an enterprise has one ENTERPRISE body.`);
  }
}

const periodTaken = (bodyId: number, periodEnd: Date) =>
  ruleError(
    'input.periodEnd',
    'unique',
    `must end a period not yet recorded: CertificationBody ${bodyId} already has a batch ending ${isoDate(periodEnd)}, and a second would count its people twice.`,
  );

/** A batch covers a period that has ended, while the body was a pilot. (Once per period: the write's unique key.) */
function checkPeriod(body: BodyRow, periodEnd: Date) {
  const pilotSince = new Date(Date.UTC(body.pilotSinceYear, (body.pilotSinceMonth ?? 1) - 1, 1));
  if (periodEnd < pilotSince) {
    const since = body.pilotSinceMonth == null ? String(body.pilotSinceYear) : isoDate(pilotSince).slice(0, 7);
    throw ruleError('input.periodEnd', 'range', `must not be before ${since}, when CertificationBody ${body.id} became a pilot (pilotSinceYear, pilotSinceMonth).`, {
      min: isoDate(pilotSince),
    });
  }
  const today = todayInXiaoshan();
  if (isoDate(periodEnd) > today) {
    throw ruleError('input.periodEnd', 'range', `must not be after today, ${today} (Asia/Shanghai): record a batch once its period has ended.`, { max: today });
  }
}

/** Prisma's unique-constraint violation: a batch of that body and period is on record, or a concurrent write took it first. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === 'P2002';

builder.mutationFields((t) => ({
  registerCertificationBody: createMutation(t, {
    type: CertificationBody,
    description: 'Registers a certification body (a pilot enterprise or a social evaluation organisation). BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RegisterCertificationBodyInput,
    create: async (body, ctx) => {
      await ctx.references((body.occupationCodes ?? []).map((key) => ({ path: 'input.occupationCodes', type: 'Occupation' as const, key })));
      return {
        authorize: async (tx) => {
          await checkEnterprise(tx, body.enterpriseId);
          await checkOneBodyPerEnterprise(tx, body.enterpriseId);
        },
        write: (tx) => tx.certificationBody.create({ data: { ...body, occupationCodes: body.occupationCodes ?? [], provenance: 'REGISTERED' } }),
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
        const body = await tx.certificationBody.findUnique({ where: { id: batch.bodyId } });
        if (!body) throw missingReference('input.bodyId', 'CertificationBody', batch.bodyId);
        checkPeriod(body, batch.periodEnd);
      },
      write: (tx) =>
        tx.certificationBatch.create({ data: { ...batch, provenance: 'REGISTERED' } }).catch((error: unknown) => {
          throw isUniqueViolation(error) ? periodTaken(batch.bodyId, batch.periodEnd) : error;
        }),
      read: (tx, id) => tx.certificationBatch.findUnique({ where: { id } }),
    }),
  }),
}));
