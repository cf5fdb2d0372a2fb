// Numbers, money and dates in the interface language, times in Xiaoshan's own time zone.
import { useTranslation } from 'react-i18next';
import type { Language } from './i18n/index.ts';

const TIME_ZONE = 'Asia/Shanghai';

export interface Formatters {
  /** 5926 → "5,926". */
  number(value: number): string;
  /** Yuan in 万元, as the registries' users count money: 5000 → "0.5万元" / "0.5 × 10k yuan", 123456789 → "12,345.6789万元". */
  cny(value: number): string;
  /** 51.74 → "51.74%". */
  percent(value: number): string;
  /** An uplift range: "8%–15%", or "10%" when both ends agree. */
  uplift(min: number, max: number): string;
  /** A calendar date "2023-10-31" → "2023年10月31日" / "31 Oct 2023". */
  date(isoDate: string): string;
  /** A year and month → "2023年4月" / "Apr 2023". */
  yearMonth(year: number, month: number): string;
  /** An instant → "2026/12/6 09:45" in Asia/Shanghai. */
  dateTime(instant: Date | string): string;
}

const cache = new Map<Language, Formatters>();

export function formatters(language: Language): Formatters {
  const cached = cache.get(language);
  if (cached) return cached;
  const numbers = new Intl.NumberFormat(language);
  // Never 亿: a list compares amounts in one unit. Four decimals of 万 are whole yuan.
  const wan = new Intl.NumberFormat(language, { maximumFractionDigits: 4 });
  const tenThousands = (value: number) => wan.format(value / 10_000);
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const yearMonth = new Intl.DateTimeFormat(language, { year: 'numeric', month: language === 'en' ? 'short' : 'long', timeZone: TIME_ZONE });
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
  // A calendar date is midnight in Xiaoshan, so the same day shows wherever the browser is.
  const calendarDay = (iso: string) => new Date(`${iso}T00:00:00+08:00`);
  const made: Formatters = {
    number: (value) => numbers.format(value),
    cny: (value) => (language === 'en' ? `${tenThousands(value)} × 10k yuan` : `${tenThousands(value)}万元`),
    percent: (value) => `${percent.format(value)}%`,
    uplift: (min, max) => (min === max ? `${percent.format(min)}%` : `${percent.format(min)}%–${percent.format(max)}%`),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? date.format(calendarDay(iso)) : iso),
    yearMonth: (year, month) => yearMonth.format(calendarDay(`${year}-${String(month).padStart(2, '0')}-01`)),
    dateTime: (instant) => dateTime.format(typeof instant === 'string' ? new Date(instant) : instant),
  };
  cache.set(language, made);
  return made;
}

const xiaoshanDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });

/** The calendar day an instant falls on in Xiaoshan, "2026-12-08": what a spreadsheet reads as a date. */
export const dayInXiaoshan = (instant: string) => xiaoshanDay.format(new Date(instant));

/** The formatters of the interface language, re-rendering when it changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN');
}
