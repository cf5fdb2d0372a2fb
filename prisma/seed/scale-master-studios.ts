// Scale rows of the master-studios registry: one master per studio, each studio's level
// history, apprentices, some honours and earlier chief-technician batches.
import type pg from 'pg';
import { STUDIO_TOTALS } from '../master-studios/seed.ts';
import { ARTICLE_YEAR } from './catalogue.ts';
import { insertRows, perIndex, scaleState, syncSequences, type TableRows } from './scale-insert.ts';
import {
  between,
  OCCUPATION_CODES,
  pickFor,
  type ScalePlan,
  scaleEnterpriseId,
  scaleEnterpriseProfile,
  scaleLabel,
  SCHOOL_IDS,
} from './scale-plan.ts';

const LEVELS = ['DISTRICT', 'CITY', 'PROVINCIAL', 'NATIONAL'] as const;
const KINDS = ['SKILL_MASTER_STUDIO', 'TECHNICIAN_STUDIO', 'HIGH_SKILL_INNOVATION_STUDIO'] as const;
const ARTICLE_STUDIOS = Object.values(STUDIO_TOTALS).reduce((a, b) => a + b, 0);

/** A province has many district studios and few national ones: 60 / 25 / 13 / 2 percent. */
function levelIndex(n: number): number {
  const roll = between(n, 1, 0, 99);
  return roll < 60 ? 0 : roll < 85 ? 1 : roll < 98 ? 2 : 3;
}

/** Studio n: nine in ten hosted by an enterprise (two studios per enterprise), the rest by a school. */
function studio(n: number, plan: ScalePlan) {
  const hostedBySchool = between(n, 2, 0, 9) === 0;
  const host = n % plan.enterprises;
  return {
    level: levelIndex(n),
    recognisedYear: between(n, 3, 2000, ARTICLE_YEAR),
    hostEnterpriseId: hostedBySchool ? null : scaleEnterpriseId(host),
    hostSchoolId: hostedBySchool ? pickFor(SCHOOL_IDS, n, 4) : null,
    campusSchoolId: between(n, 5, 0, 19) === 0 ? pickFor(SCHOOL_IDS, n, 6) : null,
    ...scaleEnterpriseProfile(host),
  };
}

/** Adds the plan's studios on top of the article's; returns rows written per table, or null if already there. */
export async function seedMasterStudiosScale(client: pg.ClientBase, plan: ScalePlan): Promise<Record<string, number> | null> {
  if ((await scaleState(client, 'MasterStudio', { article: ARTICLE_STUDIOS, scale: plan.studios })) === 'done') return null;
  // Article masters and studios share ids 1..76 (a studio's leader has its id); scale rows continue both.
  const id = (n: number) => ARTICLE_STUDIOS + 1 + n;
  const written: Record<string, number> = {};
  const load = async (table: string, columns: TableRows['columns'], make: (n: number) => unknown[][]) => {
    written[table] = await insertRows(client, { table, columns, rows: perIndex(plan.studios, make) });
  };

  await load('Master', { id: 'int', name: 'text', nameEn: 'text', yearsInTrade: 'int', provenance: '"Provenance"' }, (n) => [
    [id(n), `生成大师 ${scaleLabel(n)}`, `Generated master ${scaleLabel(n)}`, between(n, 7, 5, 35), 'GENERATED'],
  ]);

  await load('MasterStudio', {
    id: 'int', name: 'text', nameEn: 'text', kind: '"StudioKind"', leaderId: 'int', occupationCode: 'text',
    industryCode: 'text', hostEnterpriseId: 'int', hostSchoolId: 'int', campusSchoolId: 'int', town: 'text',
    level: '"StudioLevel"', recognisedYear: 'int', provenance: '"Provenance"',
  }, (n) => {
    const s = studio(n, plan);
    return [[
      id(n), `生成工作室 ${scaleLabel(n)}`, `Generated studio ${scaleLabel(n)}`, pickFor(KINDS, n, 8), id(n),
      pickFor(OCCUPATION_CODES, n, 9), s.industryCode, s.hostEnterpriseId, s.hostSchoolId, s.campusSchoolId, s.town,
      LEVELS[s.level], s.recognisedYear, 'GENERATED',
    ]];
  });

  // Promotions climb one level at a time, the last in the year of recognition.
  await load('StudioLevelChange', { studioId: 'int', level: '"StudioLevel"', year: 'int', provenance: '"Provenance"' }, (n) => {
    const s = studio(n, plan);
    return LEVELS.slice(0, s.level + 1).map((level, step) =>
      [id(n), level, s.recognisedYear - (s.level - step) * between(n, 10 + step, 1, 3), 'GENERATED']);
  });

  await load('Apprentice', { studioId: 'int', name: 'text', sinceYear: 'int', provenance: '"Provenance"' }, (n) => {
    const since = studio(n, plan).recognisedYear;
    return Array.from({ length: between(n, 20, 0, 3) }, (_, a) =>
      [id(n), `生成学徒 ${scaleLabel(n)}-${a + 1}`, between(n, 21 + a, since, ARTICLE_YEAR), 'GENERATED']);
  });

  await load('MasterHonour', { masterId: 'int', name: 'text', nameEn: 'text', year: 'int', provenance: '"Provenance"' }, (n) =>
    n % 10 < 3 ? [[id(n), `生成荣誉 ${scaleLabel(n)}`, `Generated honour ${scaleLabel(n)}`, between(n, 30, 2005, ARTICLE_YEAR), 'GENERATED']] : []);

  // Batches before the article's 15th, so "the 15th batch selected 10" still holds.
  await load('ChiefTechnician', { masterId: 'int', batch: 'int', year: 'int', provenance: '"Provenance"' }, (n) => {
    const batch = between(n, 31, 1, 14);
    return n % 20 === 0 ? [[id(n), batch, ARTICLE_YEAR - 15 + batch, 'GENERATED']] : [];
  });

  await syncSequences(client, ['Master', 'MasterStudio']);
  return written;
}
