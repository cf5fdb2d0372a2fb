import { describe, expect, it } from 'vitest';
import { type Column, columnWidths, toCsv } from '../src/export/table.ts';

interface Row {
  name: string;
  creditCode: string | null;
  seats: number;
}

const columns: Column<Row>[] = [
  { header: '名称', value: (r) => r.name },
  { header: '统一社会信用代码', value: (r) => r.creditCode, code: true },
  { header: '名额', value: (r) => r.seats },
];

const csv = async (rows: Row[]) => Buffer.from(await (await toCsv({ name: 'test', columns, rows })).arrayBuffer());

describe('CSV as spreadsheets open it', () => {
  it('starts with a byte-order mark and separates rows with CRLF', async () => {
    const bytes = await csv([{ name: '杭州正强传动', creditCode: null, seats: 40 }]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('名称,统一社会信用代码,名额\r\n杭州正强传动,,40');
  });

  it('keeps a name that starts like a formula as text', async () => {
    const text = (await csv([{ name: '=1+2 测试企业', creditCode: null, seats: -1 }])).subarray(3).toString('utf8');
    // The cell gains a leading ' (shown by Excel and WPS as text); a negative number stays a number.
    expect(text.split('\r\n')[1]).toBe(`"'=1+2 测试企业",,-1`);
  });

  it('writes a credit code as a formula of its text, so an all-digit one is not turned into 9.13301E+17', async () => {
    const rows = [
      { name: 'a', creditCode: '913301091234567890', seats: 1 },
      { name: 'b', creditCode: '91330109MA2B3C4D5E', seats: 2 },
    ];
    const lines = (await csv(rows)).subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(1)).toEqual(['a,"=""913301091234567890""",1', 'b,"=""91330109MA2B3C4D5E""",2']);
  });

  it('writes a code with anything but digits and letters as an ordinary, escaped cell', async () => {
    const lines = (await csv([{ name: 'c', creditCode: '="1"&HYPERLINK("x")', seats: 3 }])).subarray(3).toString('utf8').split('\r\n');
    expect(lines[1]).toBe(`c,"'=""1""&HYPERLINK(""x"")",3`);
  });
});

describe('columnWidths', () => {
  it('fits the widest cell, header included, a Chinese character counting two', () => {
    const rows = [
      { name: '杭州大有供电服务有限公司萧山欣美分公司', creditCode: '913301091234567890', seats: 30 },
      { name: 'Denso', creditCode: null, seats: 1200 },
    ];
    // 19 characters × 2 + 2; 统一社会信用代码 (16) is wider than 18 digits; 名额 is 4, below the floor.
    expect(columnWidths(columns.map((c) => c.header), rows.map((row) => columns.map((c) => c.value(row))))).toEqual([40, 20, 8]);
  });

  it('stops at 60 however long a cell is', () => {
    expect(columnWidths(['名称'], [['名'.repeat(100)]])[0]).toBe(60);
  });
});

