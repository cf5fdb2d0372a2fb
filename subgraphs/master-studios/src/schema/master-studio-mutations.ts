// Writing to the studio registry (BUREAU_ADMIN): register, update, level changes, campus
// placement and retirement. Nothing is deleted; every change is audited in its transaction.
import {
  createMutation,
  crossFieldIssue,
  input,
  missingReference,
  nextVersion,
  ruleError,
  updateMutation,
  writeInput,
} from '@partnership/kit';
import { ARTICLE_YEAR } from '../../../../prisma/seed/catalogue.ts';
import { builder, type Context, type Tx } from '../registry.ts';
import { StudioKind as StudioKinds, StudioLevel as StudioLevels } from '../generated/prisma/enums.ts';
import type { Prisma, MasterStudio as StudioRow } from '../generated/prisma/client.ts';
import { StudioKind, StudioLevel } from './enums.ts';
import { MasterStudio } from './master-studio.ts';

builder.prismaObjectFields(MasterStudio, (t) => ({
  version: t.exposeInt('version', { description: 'Send it back with an update; it grows by one with every change.' }),
  retiredAt: t.string({
    nullable: true,
    description: 'When the studio was retired, in UTC (ISO 8601, e.g. 2026-12-06T01:02:03.456Z); null while it is active. It keeps its record and history.',
    resolve: (s) => s.retiredAt?.toISOString() ?? null,
  }),
  retiredReason: t.exposeString('retiredReason', { nullable: true, description: 'Why the studio was retired; null while it is active.' }),
}));

const studioFields = {
  nameEn: input.text(200, { description: 'The English name.' }),
  leaderId: input.id({ description: 'The master who leads it.' }),
  occupationCode: input.occupationCode(),
  industryCode: input.industryCode(),
  hostEnterpriseId: input.id({ description: 'Set this or hostSchoolId, not both.' }),
  hostSchoolId: input.id({ description: 'Set this or hostEnterpriseId, not both.' }),
  town: input.town(),
  campusSchoolId: input.id({ description: 'The school whose campus it works on (走进校园); null: none.' }),
};

type Hosts = { hostEnterpriseId?: number | null; hostSchoolId?: number | null };
const oneHost = (hosts: Hosts) => !(hosts.hostEnterpriseId != null && hosts.hostSchoolId != null);
const ONE_HOST = crossFieldIssue(['hostSchoolId'], 'must be left out when hostEnterpriseId is set: a studio has one host', 'oneHost');

/**
 * An update that would leave a studio with two hosts. When the caller sent only one of them, the
 * other is the studio's own: say which host it has, and how to move it.
 */
function checkOneHost(studio: StudioRow, changes: Hosts) {
  const enterprise = changes.hostEnterpriseId === undefined ? studio.hostEnterpriseId : changes.hostEnterpriseId;
  const school = changes.hostSchoolId === undefined ? studio.hostSchoolId : changes.hostSchoolId;
  if (enterprise == null || school == null) return;
  if (changes.hostEnterpriseId != null && changes.hostSchoolId != null) throw ruleError('input.hostSchoolId', 'oneHost', ONE_HOST.message);
  const [path, host, other, moveTo] =
    changes.hostSchoolId != null
      ? ['input.hostSchoolId', `Enterprise ${enterprise}`, 'hostEnterpriseId', `School ${school}`]
      : ['input.hostEnterpriseId', `School ${school}`, 'hostSchoolId', `Enterprise ${enterprise}`];
  throw ruleError(
    path,
    'oneHost',
    `cannot be set while MasterStudio ${studio.id} is hosted by ${host}: a studio has one host. Send ${other}: null with it to move the studio to ${moveTo}.`,
  );
}

const RegisterMasterStudioInput = writeInput(builder, 'RegisterMasterStudioInput', {
  name: input.name(200, { required: true, description: 'The studio name in Chinese, e.g. 陆立军大师工作室.' }),
  kind: input.enum(StudioKind, StudioKinds, { required: true, description: 'Skill-master, technician or high-skill innovation studio.' }),
  level: input.enum(StudioLevel, StudioLevels, { required: true, description: 'The level it is recognised at: the first step of its history.' }),
  recognisedYear: input.pastYear({ required: true, description: 'The year it was recognised at that level.' }),
  ...studioFields,
}, {
  description: 'A new master studio (技能大师工作室), hosted by an enterprise or a school.',
  refine: (parsed, issues) => {
    if (!oneHost(parsed)) issues.addIssue(ONE_HOST);
  },
});

const UpdateMasterStudioInput = writeInput(builder, 'UpdateMasterStudioInput', {
  id: input.recordId(),
  version: input.version(),
  name: input.name(200, { keep: true, description: 'The studio name in Chinese.' }),
  kind: input.enum(StudioKind, StudioKinds, { keep: true, description: 'Skill-master, technician or high-skill innovation studio.' }),
  ...studioFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

const RecordStudioLevelChangeInput = writeInput(builder, 'RecordStudioLevelChangeInput', {
  id: input.recordId('The studio.'),
  version: input.version(),
  level: input.enum(StudioLevel, StudioLevels, { required: true, description: 'The level it moves to.' }),
  year: input.pastYear({ required: true, description: 'The year of the change.' }),
  note: input.multiline(500, { description: 'Why or how it changed, e.g. the notice that recognised it.' }),
}, { description: 'A promotion or demotion: appended to the level history; the studio level follows.' });

const PlaceStudioOnCampusInput = writeInput(builder, 'PlaceStudioOnCampusInput', {
  id: input.recordId('The studio.'),
  version: input.version(),
  campusSchoolId: input.id({ description: 'The school; null takes the studio off campus.' }),
}, { description: 'Places a studio on a school campus, or takes it off.' });

const RetireMasterStudioInput = writeInput(builder, 'RetireMasterStudioInput', {
  id: input.recordId(),
  version: input.version(),
  reason: input.name(500, { required: true, description: 'Why the studio closes.' }),
}, { description: 'Retires a studio: it stays on record, marked retired with its reason.' });

type StudioLinks = Hosts & { campusSchoolId?: number | null; occupationCode?: string | null; industryCode?: string | null };

/** Hosts, campus, trade and industry live in the other registries: they are asked, before the transaction. */
const checkLinks = (ctx: Context, links: StudioLinks) =>
  ctx.references([
    { path: 'input.hostEnterpriseId', type: 'Enterprise', key: links.hostEnterpriseId },
    { path: 'input.hostSchoolId', type: 'School', key: links.hostSchoolId },
    { path: 'input.campusSchoolId', type: 'School', key: links.campusSchoolId },
    { path: 'input.occupationCode', type: 'Occupation', key: links.occupationCode },
    { path: 'input.industryCode', type: 'Industry', key: links.industryCode },
  ]);

async function checkLeader(tx: Tx, leaderId: number | null | undefined) {
  if (leaderId != null && !(await tx.master.findUnique({ where: { id: leaderId } }))) {
    throw missingReference('input.leaderId', 'Master', leaderId);
  }
}

/** A retired studio no longer changes. */
function notRetired(studio: StudioRow) {
  if (studio.retiredAt) {
    throw ruleError('input.id', 'retired', `refers to MasterStudio ${studio.id}, retired on ${studio.retiredAt.toISOString().slice(0, 10)}: a retired studio no longer changes.`);
  }
}

const readStudio = (tx: Tx, id: number) => tx.masterStudio.findUnique({ where: { id } });

/** A change to a live studio at the caller's version, audited; `change` checks and says what to write. */
function studioChange(id: number, version: number, change: (tx: Tx, before: StudioRow) => Promise<Prisma.MasterStudioUncheckedUpdateInput>) {
  return {
    read: (tx: Tx) => readStudio(tx, id),
    authorize: notRetired,
    write: async (tx: Tx, before: StudioRow) => tx.masterStudio.update({ where: { id, version }, data: { ...(await change(tx, before)), ...nextVersion } }),
  };
}

/**
 * A level change comes after what the registry knows of the studio's level: its recognisedYear, its
 * latest dated step, and for a step without a year (the source article's) the article's year.
 */
async function checkChangeYear(tx: Tx, studio: StudioRow, year: number) {
  const steps = await tx.studioLevelChange.findMany({ where: { studioId: studio.id }, select: { year: true } });
  const dated = steps.flatMap((step) => (step.year == null ? [] : [step.year]));
  const floors: [number | null, string][] = [
    [studio.recognisedYear, `the year MasterStudio ${studio.id} reached its current level (its recognisedYear)`],
    [dated.length ? Math.max(...dated) : null, `the year of MasterStudio ${studio.id}'s latest level change`],
    [dated.length < steps.length ? ARTICLE_YEAR : null, `the year of the source article (原文), which gives a level of MasterStudio ${studio.id} without a year`],
  ];
  const [floor, why] = floors.reduce((highest, next) => ((next[0] ?? -Infinity) > (highest[0] ?? -Infinity) ? next : highest));
  if (floor != null && year < floor) throw ruleError('input.year', 'order', `must not be before ${floor}, ${why}.`, { min: floor });
}

builder.mutationFields((t) => ({
  registerMasterStudio: createMutation(t, {
    type: MasterStudio,
    description: 'Registers a studio at the level it is recognised at. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RegisterMasterStudioInput,
    create: async ({ level, recognisedYear, ...studio }, ctx) => {
      await checkLinks(ctx, studio);
      return {
        authorize: (tx) => checkLeader(tx, studio.leaderId),
        write: async (tx) => {
          const row = await tx.masterStudio.create({ data: { ...studio, level, recognisedYear, provenance: 'REGISTERED' } });
          await tx.studioLevelChange.create({ data: { studioId: row.id, level, year: recognisedYear, note: null, provenance: 'REGISTERED' } });
          return row;
        },
        read: readStudio,
      };
    },
  }),

  updateMasterStudio: updateMutation(t, {
    type: MasterStudio,
    description: 'Changes a studio record; its level changes through recordStudioLevelChange. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: UpdateMasterStudioInput,
    update: async ({ id, version, ...changes }, ctx) => {
      await checkLinks(ctx, changes);
      return studioChange(id, version, async (tx, before) => {
        checkOneHost(before, changes);
        await checkLeader(tx, changes.leaderId);
        return changes;
      });
    },
  }),

  recordStudioLevelChange: updateMutation(t, {
    type: MasterStudio,
    description: 'Promotes or demotes a studio: appends to its level history, and its level follows. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RecordStudioLevelChangeInput,
    idempotent: true,
    update: ({ id, version, level, year, note }) =>
      studioChange(id, version, async (tx, before) => {
        if (before.level === level) throw ruleError('input.level', 'changed', `must differ from the current level ${level}.`);
        await checkChangeYear(tx, before, year);
        await tx.studioLevelChange.create({ data: { studioId: id, level, year, note: note ?? null, provenance: 'REGISTERED' } });
        return { level, recognisedYear: year };
      }),
  }),

  placeStudioOnCampus: updateMutation(t, {
    type: MasterStudio,
    description: 'Places a studio on a school campus (走进校园), or takes it off with null. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: PlaceStudioOnCampusInput,
    update: async ({ id, version, campusSchoolId }, ctx) => {
      await ctx.references([{ path: 'input.campusSchoolId', type: 'School', key: campusSchoolId }]);
      return studioChange(id, version, async () => ({ campusSchoolId: campusSchoolId ?? null }));
    },
  }),

  retireMasterStudio: updateMutation(t, {
    type: MasterStudio,
    description: 'Retires a studio: it stays queryable with its history, and no longer changes. BUREAU_ADMIN.',
    authScopes: { bureauAdmin: true },
    input: RetireMasterStudioInput,
    update: ({ id, version, reason }) => studioChange(id, version, async () => ({ retiredAt: new Date(), retiredReason: reason })),
  }),
}));
