// An audit entry's fields and values as people read them: labels in the interface language, enum
// codes by their names, money in 万元, counts with separators (years and ids without).
import type { TFunction } from 'i18next';
import type { Formatters } from '../format.ts';

export const fieldLabel = (t: TFunction, field: string) => t(`auditField.${field}`, { defaultValue: field });

// Fields whose values are enums the interface already names; `kind` names a different enum per record type.
const ENUM_LABELS: Record<string, string> = { level: 'level', scope: 'policyScope', provenance: 'provenance' };
const KIND_LABELS: Record<string, string> = {
  MasterStudio: 'studioKind',
  Subsidy: 'subsidyKind',
  CertificationBody: 'bodyKind',
};

// Calendar days (@db.Date), which a snapshot holds as midnight UTC: the day, not 08:00 in Xiaoshan.
const CALENDAR_DAYS = new Set(['periodEnd']);

const enumOf = (recordType: string, field: string) => (field === 'kind' ? KIND_LABELS[recordType] : ENUM_LABELS[field]);
const numeric = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

export function valueText(t: TFunction, format: Formatters, recordType: string, field: string, value: unknown): string {
  if (value == null || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (Array.isArray(value)) return value.map((v) => valueText(t, format, recordType, field, v)).join(t('common.enumeration'));
  const labels = enumOf(recordType, field);
  if (typeof value === 'string' && labels) return t(`${labels}.${value}`, { defaultValue: value });
  if (typeof value === 'string' && CALENDAR_DAYS.has(field)) return format.date(value.slice(0, 10));
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return format.dateTime(value);
  if (numeric(value)) {
    // Prisma's decimals arrive as strings.
    const number = Number(value);
    if (/Cny$/.test(field)) return format.cny(number);
    if (/Percent$/.test(field)) return format.percent(number);
    // A year, a month or an id is a code, not a quantity: 2026, not 2,026.
    if (/(Year|year|Month|Id|^batch)$/.test(field)) return String(value);
    return format.number(number);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
