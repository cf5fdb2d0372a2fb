// Writing to the studio registry (BUREAU_ADMIN): register, update, level changes, campus
// placement and retirement. Nothing is deleted; every change is audited in its transaction.
import {
  auditedWrite,
  crossFieldIssue,
  expectVersion,
  field,
  IDEMPOTENCY_KEY_DESCRIPTION,
  type Idempotency,
  missingReference,
  nextVersion,
  parseInput,
  ruleError,
  versionedUpdate,
  z,
} from '@partnership/kit';
import { builder, type Context, type Tx, type Types } from '../registry.ts';
import { StudioKind as StudioKinds, StudioLevel as StudioLevels } from '../generated/prisma/enums.ts';
import type { Prisma, MasterStudio as StudioRow } from '../generated/prisma/client.ts';
import { StudioKind, StudioLevel } from './enums.ts';
import { MasterStudio } from './master-studio.ts';


builder.prismaObjectFields(MasterStudio, (t) => ({
  version: t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
  retiredAt: t.string({
    nullable: true,
    description: 'When the studio was retired (ISO 8601); it keeps its record and history.',
    resolve: (s) => s.retiredAt?.toISOString() ?? null,
  }),
  retiredReason: t.exposeString('retiredReason', { nullable: true }),
}));

const studioInputFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  nameEn: t.string({ required: false }),
  leaderId: t.id({ required: false, description: 'The master who leads it.' }),
  occupationCode: t.string({ required: false }),
  industryCode: t.string({ required: false }),
  hostEnterpriseId: t.id({ required: false, description: 'Set this or hostSchoolId, not both.' }),
  hostSchoolId: t.id({ required: false }),
  town: t.string({ required: false, description: 'A town from the controlled list (`towns`); blank: not stated.' }),
});

const RegisterMasterStudioInput = builder.inputType('RegisterMasterStudioInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    kind: t.field({ type: StudioKind, required: true }),
    level: t.field({ type: StudioLevel, required: true, description: 'The level it is recognised at: the first step of its history.' }),
    recognisedYear: t.int({ required: true }),
    ...studioInputFields(t),
  }),
});

const UpdateMasterStudioInput = builder.inputType('UpdateMasterStudioInput', {
  description: 'Fields left out keep their value; null clears an optional one.',
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    name: t.string({ required: false }),
    kind: t.field({ type: StudioKind, required: false }),
    ...studioInputFields(t),
  }),
});

const RecordStudioLevelChangeInput = builder.inputType('RecordStudioLevelChangeInput', {
  description: 'A promotion or demotion: appended to the level history; the studio level follows.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The studio.' }),
    version: t.int({ required: true }),
    level: t.field({ type: StudioLevel, required: true }),
    year: t.int({ required: true }),
    note: t.string({ required: false, multiline: true }),
  }),
});

const PlaceStudioOnCampusInput = builder.inputType('PlaceStudioOnCampusInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The studio.' }),
    version: t.int({ required: true }),
    campusSchoolId: t.id({ required: false, description: 'The school; null takes the studio off campus.' }),
  }),
});

const RetireMasterStudioInput = builder.inputType('RetireMasterStudioInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true }),
    reason: t.string({ required: true }),
  }),
});

const studioFields = {
  nameEn: field.text(200).nullish(),
  leaderId: field.id().nullish(),
  occupationCode: field.code().nullish(),
  industryCode: field.code().nullish(),
  hostEnterpriseId: field.id().nullish(),
  hostSchoolId: field.id().nullish(),
  town: field.town().nullish(),
};

type Hosts = { hostEnterpriseId?: number | null; hostSchoolId?: number | null };
const oneHost = (hosts: Hosts) => !(hosts.hostEnterpriseId != null && hosts.hostSchoolId != null);
const ONE_HOST = crossFieldIssue(['hostSchoolId'], 'must be left out when hostEnterpriseId is set: a studio has one host', 'oneHost');

const registerSchema = z
  .object({
    ...studioFields,
    name: field.name(),
    kind: z.enum(StudioKinds),
    level: z.enum(StudioLevels),
    recognisedYear: field.year(),
  })
  .superRefine((input, issues) => {
    if (!oneHost(input)) issues.addIssue(ONE_HOST);
  });

const updateSchema = z.object({
  ...studioFields,
  id: field.id(),
  version: field.version(),
  name: field.name().optional(),
  kind: z.enum(StudioKinds).optional(),
});

const levelChangeSchema = z.object({
  id: field.id(),
  version: field.version(),
  level: z.enum(StudioLevels),
  year: field.year(),
  note: field.text(500).nullish(),
});

const placementSchema = z.object({ id: field.id(), version: field.version(), campusSchoolId: field.id().nullish() });
const retireSchema = z.object({ id: field.id(), version: field.version(), reason: field.name(500) });

type StudioLinks = { hostEnterpriseId?: number | null; hostSchoolId?: number | null; occupationCode?: string | null; industryCode?: string | null };

/** Hosts, trade and industry live in the other registries: they are asked, before the transaction. */
const checkLinks = (ctx: Context, links: StudioLinks) =>
  ctx.references([
    { path: 'input.hostEnterpriseId', type: 'Enterprise', key: links.hostEnterpriseId },
    { path: 'input.hostSchoolId', type: 'School', key: links.hostSchoolId },
    { path: 'input.occupationCode', type: 'Occupation', key: links.occupationCode },
    { path: 'input.industryCode', type: 'Industry', key: links.industryCode },
  ]);

async function checkLeader(tx: Tx, leaderId: number | null | undefined) {
  if (leaderId != null && !(await tx.master.findUnique({ where: { id: leaderId } }))) {
    throw missingReference('input.leaderId', 'Master', leaderId);
  }
}

/** The studio to change, at the caller's version, and not retired. */
async function studioToChange(tx: Tx, id: number, version: number): Promise<StudioRow> {
  const studio = expectVersion(await tx.masterStudio.findUnique({ where: { id } }), 'MasterStudio', id, version);
  if (studio.retiredAt) {
    throw ruleError('input.id', 'retired', `refers to MasterStudio ${id}, retired on ${studio.retiredAt.toISOString().slice(0, 10)}: a retired studio no longer changes.`);
  }
  return studio;
}

const replayStudio = (tx: Tx, id: number) => tx.masterStudio.findUnique({ where: { id } });

/** Changes a live studio at the caller's version, audited; `change` checks and says what to write. */
function changeStudio(
  ctx: Context,
  operation: string,
  { id, version }: { id: number; version: number },
  change: (tx: Tx, before: StudioRow) => Promise<Prisma.MasterStudioUncheckedUpdateInput>,
  idempotency?: Idempotency<Tx, StudioRow>,
) {
  return auditedWrite(ctx.db, ctx.actor, operation, async (tx) => {
    const before = await studioToChange(tx, id, version);
    const data = await change(tx, before);
    const after = await versionedUpdate('MasterStudio', id, version, () =>
      tx.masterStudio.update({ where: { id, version }, data: { ...data, ...nextVersion } }),
    );
    return { recordType: 'MasterStudio', recordId: id, before, after };
  }, idempotency);
}

builder.mutationFields((t) => ({
  registerMasterStudio: t.field({
    type: MasterStudio,
    description: 'Registers a studio at the level it is recognised at. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RegisterMasterStudioInput, required: true }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const parsed = parseInput(registerSchema, args.input);
      const { level, recognisedYear, ...input } = parsed;
      await checkLinks(ctx, input);
      return auditedWrite(ctx.db, ctx.actor, 'registerMasterStudio', async (tx) => {
        await checkLeader(tx, input.leaderId);
        const studio = await tx.masterStudio.create({
          data: { ...input, level, recognisedYear, provenance: 'REGISTERED' },
        });
        await tx.studioLevelChange.create({
          data: { studioId: studio.id, level, year: recognisedYear, note: null, provenance: 'REGISTERED' },
        });
        return { recordType: 'MasterStudio', recordId: studio.id, before: null, after: studio };
      }, { key: args.idempotencyKey, input: parsed, replay: replayStudio });
    },
  }),

  updateMasterStudio: t.field({
    type: MasterStudio,
    description: 'Changes a studio record; its level changes through recordStudioLevelChange. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: UpdateMasterStudioInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, ...changes } = parseInput(updateSchema, args.input);
      await checkLinks(ctx, changes);
      return changeStudio(ctx, 'updateMasterStudio', { id, version }, async (tx, before) => {
        if (!oneHost({ ...before, ...changes })) throw ruleError('input.hostSchoolId', 'oneHost', ONE_HOST.message);
        await checkLeader(tx, changes.leaderId);
        return changes;
      });
    },
  }),

  recordStudioLevelChange: t.field({
    type: MasterStudio,
    description: 'Promotes or demotes a studio: appends to its level history, and its level follows. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RecordStudioLevelChangeInput, required: true }), idempotencyKey: t.arg.string({ description: IDEMPOTENCY_KEY_DESCRIPTION }) },
    resolve: (_root, args, ctx) => {
      const parsed = parseInput(levelChangeSchema, args.input);
      const { id, version, level, year, note } = parsed;
      return changeStudio(ctx, 'recordStudioLevelChange', { id, version }, async (tx, before) => {
        if (before.level === level) throw ruleError('input.level', 'changed', `must differ from the current level ${level}.`);
        const latest = await tx.studioLevelChange.findFirst({ where: { studioId: id, year: { not: null } }, orderBy: [{ year: 'desc' }, { id: 'desc' }] });
        if (latest?.year != null && year < latest.year) {
          throw ruleError('input.year', 'order', `must not be before ${latest.year}, the year of the latest level change.`);
        }
        await tx.studioLevelChange.create({ data: { studioId: id, level, year, note: note ?? null, provenance: 'REGISTERED' } });
        return { level, recognisedYear: year };
      }, { key: args.idempotencyKey, input: parsed, replay: replayStudio });
    },
  }),

  placeStudioOnCampus: t.field({
    type: MasterStudio,
    description: 'Places a studio on a school campus (走进校园), or takes it off with null. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: PlaceStudioOnCampusInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      const { id, version, campusSchoolId } = parseInput(placementSchema, args.input);
      await ctx.references([{ path: 'input.campusSchoolId', type: 'School', key: campusSchoolId }]);
      return changeStudio(ctx, 'placeStudioOnCampus', { id, version }, async () => ({ campusSchoolId: campusSchoolId ?? null }));
    },
  }),

  retireMasterStudio: t.field({
    type: MasterStudio,
    description: 'Retires a studio: it stays queryable with its history, and no longer changes. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    args: { input: t.arg({ type: RetireMasterStudioInput, required: true }) },
    resolve: (_root, args, ctx) => {
      const { id, version, reason } = parseInput(retireSchema, args.input);
      return changeStudio(ctx, 'retireMasterStudio', { id, version }, async () => ({ retiredAt: new Date(), retiredReason: reason }));
    },
  }),
}));
