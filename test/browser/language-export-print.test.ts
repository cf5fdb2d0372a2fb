// The explorer as its users meet it: Chinese first with English one click away, and every list
// leaving the browser whole, as CSV, as Excel and on paper.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { downloadFrom } from './support/download.ts';
import { useExplorerSession } from './support/session.ts';

const session = useExplorerSession({ readOnly: true });

const PROVINCIAL = '#/studios?level=PROVINCIAL';
const STUDIO_HEADERS = ['编号', '名称', '英文名称', '级别', '类型', '领办人', '职业（工种）', '产业', '依托企业', '依托学校', '进驻校园', '镇街', '评定年份', '撤销日期', '来源'];

async function provincialStudios(): Promise<{ totalCount: number; names: string[] }> {
  const { data } = await session.graph.query(`{ masterStudios(filter: { levels: [PROVINCIAL] }, first: 1000) { totalCount edges { node { name } } } }`);
  return { totalCount: data.masterStudios.totalCount, names: data.masterStudios.edges.map((e: any) => e.node.name) };
}

describe('the interface language', () => {
  it('is Chinese by default, switches to English and back, and remembers the choice after a reload', async () => {
    const { page } = session.browser;
    await page.goto('about:blank');
    await session.open('#/studios');
    await page.evaluate(() => localStorage.clear());
    await session.open('#/studios');

    await page.getByRole('heading', { level: 1, name: '技能大师工作室名录' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByTestId('sections').locator('a').allTextContents()).toEqual(['概览', '工作室', '专业规划', '企业', '学校']);
    expect(await page.getByTestId('level-PROVINCIAL').textContent()).toBe('省级');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Studio directory' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('level-PROVINCIAL').textContent()).toBe('Provincial');
    await page.getByRole('heading', { name: '76 studios' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Studio directory' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: '技能大师工作室名录' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '技能大师工作室名录' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it("shows the article's award of over 6,000,000 CNY in 万元 in both languages: 600万元以上, over 600 × 10k yuan", async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ masterStudios(filter: { nameContains: "王露清" }) { edges { node { id } } } }`);
    await session.open(`#/studios/${data.masterStudios.edges[0].node.id}`);
    const honours = page.getByTestId('honours');
    await honours.waitFor();
    expect(await honours.textContent()).toContain('价值 600万元以上');
    await page.getByTestId('language-switch').click();
    await honours.getByText('Worth over 600 × 10k yuan').waitFor();
    await page.getByTestId('language-switch').click();
  });
});

describe('exporting a list', () => {
  it('downloads every provincial studio as CSV with a byte-order mark and Chinese headers', async () => {
    const { page } = session.browser;
    const api = await provincialStudios();
    await session.open(PROVINCIAL);
    await page.getByTestId('result-count').and(page.locator(`[data-count="${api.totalCount}"]`)).waitFor();

    const { name, bytes } = await downloadFrom(page, 'export-csv');
    expect(name).toBe('技能大师工作室名录.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    const [headers, ...rows] = parsed.data;
    expect(headers).toEqual(STUDIO_HEADERS);
    expect(rows).toHaveLength(api.totalCount);
    expect(rows.map((r) => r[1]).sort()).toEqual([...api.names].sort());
    expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['省级']));
  });

  it('downloads the same selection as an Excel workbook that a maintained reader opens', async () => {
    const { page } = session.browser;
    const api = await provincialStudios();
    await session.open(PROVINCIAL);
    await page.getByTestId('result-count').and(page.locator(`[data-count="${api.totalCount}"]`)).waitFor();

    const { name, bytes } = await downloadFrom(page, 'export-xlsx');
    expect(name).toBe('技能大师工作室名录.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    const [headers, ...rows] = values;
    expect(headers).toEqual(STUDIO_HEADERS);
    expect(rows).toHaveLength(api.totalCount);
    expect(rows.map((r) => r[1]).sort()).toEqual([...api.names].sort());
  });

  it('lets the Excel writer start the worker it compresses a sheet over 160 KB in (from a blob: URL)', async () => {
    // On the article's data every sheet is smaller; at 13,000 rows the page's policy blocked the worker and Excel never came.
    const page = await session.open(PROVINCIAL);
    const answered = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const worker = new Worker(URL.createObjectURL(new Blob(['postMessage("compressed")'], { type: 'text/javascript' })));
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = () => resolve('blocked');
          setTimeout(() => resolve('no answer'), 5000);
        }),
    );
    expect(answered).toBe('compressed');
  });

  it('says how many rows it has read while it reads, and a cancel stops it without a file', async () => {
    const { totalCount } = await provincialStudios();
    const page = await session.open(PROVINCIAL);
    await page.getByTestId('result-count').waitFor();
    // Hold the export's first page, as a slow registry of 100,000 studios would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'StudioExport') await held;
      await route.fallback();
    });
    let downloads = 0;
    page.on('download', () => downloads++);
    try {
      await page.getByTestId('export-csv').click();
      const progress = page.getByTestId('export-progress');
      await progress.getByText(`正在读取 0 / ${totalCount} 条…`).waitFor();
      await page.getByTestId('export-cancel').click();
      release();
      await page.getByRole('status').getByText('已取消，没有生成文件。').waitFor();
      expect(await progress.count()).toBe(0);
      expect(await page.getByTestId('export-csv').isEnabled()).toBe(true);
      expect(downloads).toBe(0);
    } finally {
      release();
      await page.unrouteAll({ behavior: 'wait' });
    }
  });

  it('refuses to print a selection over 5,000 rows and says what to do instead', async () => {
    const { page } = session.browser;
    // The article has 76 studios: the directory is told it has 5,001.
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName !== 'StudioDirectory') return route.fallback();
      const response = await route.fetch();
      const body = await response.json();
      body.data.masterStudios.totalCount = 5001;
      await route.fulfill({ response, json: body });
    });
    try {
      await session.open('#/studios');
      await page.getByTestId('result-count').and(page.locator('[data-count="5001"]')).waitFor();
      expect(await page.getByTestId('export-print').isDisabled()).toBe(true);
      expect(await page.getByTestId('print-limit').textContent()).toBe('超过 5,000 条不能打印，请缩小筛选范围或导出 Excel。');
      expect(await page.getByTestId('export-csv').isEnabled()).toBe(true);
    } finally {
      await page.unrouteAll({ behavior: 'wait' });
    }
  });

  it('reads every page, not the one on screen: all studios span several pages', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ masterStudios { totalCount } }`);
    await session.open('#/studios');
    await page.getByTestId('pager').waitFor();
    const { bytes } = await downloadFrom(page, 'export-csv');
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(data.masterStudios.totalCount);
    expect(new Set(rows.map((r) => r[0])).size).toBe(data.masterStudios.totalCount);
  });

  it('punctuates Chinese records the English way in English, and names industries in English', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ sto: enterprises(filter: { nameContains: "申通" }) { edges { node { id } } }
      industry(code: "SMART_VEHICLES") { nameEn enterprises { name } } }`);
    await session.open(`#/enterprises/${data.sto.edges[0].node.id}`);
    await page.getByTestId('profile-promotion').waitFor();
    await page.getByTestId('language-switch').click();
    try {
      await page.getByTestId('profile-promotion').getByText('For example 李庆恒: 浙江省快递职业技能竞赛一等奖, 浙江省技术能手').waitFor();
      await session.open('#/enterprises/5');
      const training = page.getByTestId('profile-training');
      await training.getByText('Further study: 萧山技师学院进修项目').waitFor();
      expect(await training.textContent()).toContain('At least 40 staff, for example 金素琴');
      const { industry } = data;
      await session.open(`#/enterprises?q=${encodeURIComponent(industry.enterprises[0].name)}`);
      expect(await page.getByTestId('enterprise-rows').textContent()).toContain(industry.nameEn);
    } finally {
      await page.getByTestId('language-switch').click();
    }
  });

  it('heads the columns in English when the interface is English', async () => {
    const { page } = session.browser;
    await session.open('#/enterprises');
    await page.getByTestId('result-count').waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Enterprises' }).waitFor();
    const { name, bytes } = await downloadFrom(page, 'export-csv');
    expect(name).toBe('Enterprises.csv');
    const [headers] = Papa.parse<string[]>(bytes.toString('utf8').slice(1)).data;
    expect(headers).toEqual(['ID', 'Name', 'English name', 'Industry', 'Town', 'Credit code', 'Source']);
    await page.getByTestId('language-switch').click();
  });
  it('names industries and trades in English in the English studio export, and the planner file by its English name', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ masterStudios(filter: { levels: [NATIONAL] }) { edges { node { occupation { nameEn } industry { nameEn } } } }
      industry(code: "SMART_VEHICLES") { nameEn } }`);
    const [{ node }] = data.masterStudios.edges;
    await session.open('#/studios?level=NATIONAL');
    await page.getByTestId('result-count').waitFor();
    await page.getByTestId('language-switch').click();
    try {
      await page.getByRole('heading', { level: 1, name: 'Studio directory' }).waitFor();
      const [headers, row] = Papa.parse<string[]>((await downloadFrom(page, 'export-csv')).bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
      expect([row[headers.indexOf('Occupation')], row[headers.indexOf('Industry')]]).toEqual([node.occupation.nameEn, node.industry.nameEn]);

      await session.open('#/planner/SMART_VEHICLES?generated=show');
      await page.getByTestId('plan-classes').waitFor();
      expect((await downloadFrom(page, 'export-csv', 'classes-export')).name).toBe(`${data.industry.nameEn} · Order classes.csv`);
    } finally {
      await page.getByTestId('language-switch').click();
    }
  });

  it("exports the planner's order classes as shown, with Chinese headers", async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ industry(code: "SMART_VEHICLES") { name enterpriseClasses { name } } }`);
    await session.open('#/planner/SMART_VEHICLES?generated=show');
    await page.getByTestId('plan-classes').waitFor();
    const { name, bytes } = await downloadFrom(page, 'export-csv', 'classes-export');
    expect(name).toBe(`${data.industry.name} · 订单班.csv`);
    const [headers, ...rows] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(headers).toEqual(['班级', '合作企业', '专业', '学校', '届别', '名额', '来源']);
    expect(rows.map((r) => r[0])).toEqual(data.industry.enterpriseClasses.map((c: any) => c.name));
  });
});

describe('hiding generated records', () => {
  it('leaves the placeholders out of the directory and its export', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ masterStudios(filter: { provenance: ARTICLE }) { totalCount } }`);
    await session.open('#/studios');
    await page.getByRole('heading', { name: '76 家工作室' }).waitFor();
    await page.getByTestId('hide-generated').click();
    await page.getByTestId('result-count').and(page.locator(`[data-count="${data.masterStudios.totalCount}"]`)).waitFor();
    expect(new URL(page.url()).hash).toBe('#/studios?generated=hide');
    expect(await page.getByTestId('studio-cards').locator('.badge-generated').count()).toBe(0);
    const { bytes } = await downloadFrom(page, 'export-csv');
    const rows = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows).toHaveLength(data.masterStudios.totalCount);
    expect(rows.every((r) => r.at(-1) === '报道原文')).toBe(true);
  });

  it('is on by default in the planner, and off shows the placeholders again', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ industry(code: "SMART_VEHICLES") { enterpriseClasses { provenance } } }`);
    const all = data.industry.enterpriseClasses.length;
    const named = data.industry.enterpriseClasses.filter((c: any) => c.provenance !== 'GENERATED').length;
    await session.open('#/planner/SMART_VEHICLES');
    const rows = page.getByTestId('plan-classes').locator('.table-scroll tbody tr');
    await page.getByTestId('plan-classes').waitFor();
    expect(await page.getByTestId('hide-generated').isChecked()).toBe(true);
    expect(await rows.count()).toBe(named);
    await page.getByTestId('hide-generated').click();
    await page.getByTestId('plan-classes').locator('h3', { hasText: `（${all}）` }).waitFor();
    expect(await rows.count()).toBe(all);
  });
});

describe('printing a list', () => {
  it('prints the whole selection as a table, without navigation, filters or pager', async () => {
    const { page } = session.browser;
    const { data } = await session.graph.query(`{ masterStudios { totalCount } }`);
    await session.open('#/studios');
    await page.getByTestId('pager').waitFor();
    await page.evaluate(() => {
      (window as any).printed = 0;
      window.print = () => (window as any).printed++;
    });
    await page.getByTestId('export-print').click();
    await page.waitForFunction(() => (window as any).printed === 1);

    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['sections', 'studio-filters', 'pager', 'studios-export', 'studio-cards']) {
        expect(await page.getByTestId(hidden).isVisible(), `${hidden} on paper`).toBe(false);
      }
      expect(await page.locator('.masthead').isVisible()).toBe(false);
      const table = page.getByTestId('studios-print');
      expect(await table.isVisible()).toBe(true);
      expect(await table.locator('tbody tr').count()).toBe(data.masterStudios.totalCount);
      expect(await table.locator('thead th').allTextContents()).toEqual(STUDIO_HEADERS);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.getByTestId('studios-print').isVisible()).toBe(false);
  });
});
