// One search across the three registries, in one gateway request: the very document the explorer
// sends (from its trusted-documents manifest).
import { loadManifest } from '@partnership/gateway';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readOnlyGraph } from './support/file-graph.ts';

const SEARCH = Object.values(loadManifest()).find((document) =>
  parse(document).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'CrossRegistrySearch'),
)!;

const graph = readOnlyGraph();

async function search(text: string, first = 20) {
  const { data, errors } = await graph.query<any>(SEARCH, { text, first });
  expect(errors).toBeUndefined();
  return data;
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('one search across the registries', () => {
  it('finds 杭齿集团 and, through it, the studio it hosts', async () => {
    const data = await search('杭齿');
    expect(names(data.searchEnterprises)).toContain('杭齿集团');
    const gearbox = data.searchEnterprises.find((e: any) => e.name === '杭齿集团');
    expect(names(gearbox.firstStudios)).toContain('陆立军大师工作室');
  });

  it('finds a leader by name: the master and the studio he leads', async () => {
    const data = await search('陆立军');
    expect(names(data.searchMasters)).toEqual(['陆立军']);
    expect(names(data.searchStudios)).toContain('陆立军大师工作室');
    expect(data.searchStudios[0].name).toBe('陆立军大师工作室');
  });

  it('finds a trade and the studios of it', async () => {
    const data = await search('钳工');
    // Exact before contains: 钳工 (FITTER) before 工具钳工 (TOOL_FITTER).
    expect(data.searchOccupations.map((o: any) => o.code).slice(0, 2)).toEqual(['FITTER', 'TOOL_FITTER']);
    const toolFitter = data.searchOccupations.find((o: any) => o.code === 'TOOL_FITTER');
    expect(names(toolFitter.firstStudios)).toContain('陆立军大师工作室');
  });

  it('finds order classes, majors and industry colleges by part of the name, in English too', async () => {
    const data = await search('电装班');
    expect(names(data.searchEnterpriseClasses)).toContain('电装班');
    const majors = await search('专业', 50);
    expect(majors.searchMajors.length).toBeGreaterThan(0);
    const colleges = await search('学院', 50);
    expect(colleges.searchIndustryColleges.length).toBeGreaterThan(0);
    const english = await search('gearbox');
    expect(names(english.searchEnterprises)).toContain('杭齿集团');
  });

  it('ranks exact before prefix before contains, the article before generated records, then by name', async () => {
    const rank = (e: { name: string; nameEn: string | null; town: string | null }, text: string) =>
      Math.min(
        ...[e.name, e.nameEn, e.town].map((value) => {
          const v = value?.toLowerCase();
          if (v == null || !v.includes(text)) return 3;
          return v === text ? 0 : v.startsWith(text) ? 1 : 2;
        }),
      );
    for (const text of ['集团', '杭', '瓜沥镇']) {
      const hits = (await search(text, 50)).searchEnterprises;
      expect(hits.length).toBeGreaterThan(1);
      const keys = hits.map((e: any) => [rank(e, text), e.provenance === 'ARTICLE' ? 0 : 1, e.name]);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
      expect(keys.map((k: unknown[]) => k.slice(0, 2))).toEqual(sorted.map((k) => k.slice(0, 2)));
    }
  });

  it('takes % and _ as themselves, not as wildcards', async () => {
    for (const text of ['%', '钳_', '%钳工', '_工']) {
      const data = await search(text);
      for (const hits of Object.values(data)) expect(hits).toEqual([]);
    }
    // Only occupation codes hold an underscore: TOOL_FITTER matches "_", FITTER does not.
    const underscore = await search('_', 50);
    const codes = underscore.searchOccupations.map((o: any) => o.code);
    expect(codes).toContain('TOOL_FITTER');
    expect(codes).not.toContain('FITTER');
    expect(codes.every((code: string) => code.includes('_'))).toBe(true);
    expect(underscore.searchStudios).toEqual([]);
  });

  it('refuses an empty text and a limit out of range, naming the argument', async () => {
    const blank = await graph.query(SEARCH, { text: '  ', first: 10 });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const many = await graph.query(SEARCH, { text: '钳工', first: 51 });
    expect(many.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
