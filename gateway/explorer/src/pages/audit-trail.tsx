import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { ExportTools } from '../components/export-tools.tsx';
import { Options } from '../components/options.tsx';
import { QueryState } from '../components/query-state.tsx';
import { fieldChanges, mergeEntries, type AuditEntry, type FieldChange, type RegistryEntry } from '../editing/audit-entries.ts';
import { fieldLabel, valueText } from '../editing/audit-values.ts';
import { EXPORT_PAGE_SIZE, type Reading, readPage } from '../export/all-pages.ts';
import type { Column } from '../export/table.ts';
import { type Formatters, useFormat } from '../format.ts';
import { graphql } from '../gql/index.ts';
import { AUDIT_REGISTRIES, type AuditFilterState, type AuditRegistry, hrefFor } from '../route.ts';
import { RoleGate } from '../components/role-gate.tsx';
import { may, useSession } from '../session/session.ts';

const AuditLogs = graphql(`
  query AuditLogs(
    $filter: AuditEntryFilter
    $studios: Boolean!
    $classes: Boolean!
    $policies: Boolean!
    $first: Int
    $last: Int
    $studiosAfter: String
    $classesAfter: String
    $policiesAfter: String
  ) {
    masterStudiosAuditLog(filter: $filter, first: $first, last: $last, after: $studiosAfter) @include(if: $studios) {
      ...AuditPage
    }
    enterpriseClassesAuditLog(filter: $filter, first: $first, last: $last, after: $classesAfter) @include(if: $classes) {
      ...AuditPage
    }
    payPoliciesAuditLog(filter: $filter, first: $first, last: $last, after: $policiesAfter) @include(if: $policies) {
      ...AuditPage
    }
  }
  fragment AuditPage on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        actorSubject
        actorName
        actorRole
        operation
        recordType
        recordId
        before
        after
      }
    }
  }
`);

/** The newest changes of each registry shown on screen; export reads them all. */
const SHOWN_PER_REGISTRY = 100;

const FIELD_OF: Record<AuditRegistry, 'masterStudiosAuditLog' | 'enterpriseClassesAuditLog' | 'payPoliciesAuditLog'> = {
  'master-studios': 'masterStudiosAuditLog',
  'enterprise-classes': 'enterpriseClassesAuditLog',
  'pay-policies': 'payPoliciesAuditLog',
};

function variablesOf(filter: AuditFilterState) {
  const wanted = (r: AuditRegistry) => !filter.registry || filter.registry === r;
  const apiFilter = {
    recordType: filter.recordType,
    recordId: filter.recordId,
    actor: filter.person,
    changedFrom: filter.from,
    changedTo: filter.to,
  };
  return {
    filter: Object.values(apiFilter).some(Boolean) ? apiFilter : undefined,
    studios: wanted('master-studios'),
    classes: wanted('enterprise-classes'),
    policies: wanted('pay-policies'),
  };
}

type Page = { edges: { node: AuditEntry }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
const entriesOf = (registry: AuditRegistry, page: Page | null | undefined): RegistryEntry[] =>
  page?.edges.map((e) => ({ ...e.node, registry })) ?? [];

/** One screen over the three registries' audit logs, newest first; BUREAU_ADMIN only, as the API. */
export function AuditTrail({ filter }: { filter: AuditFilterState }) {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <RoleGate title={t('audit.title')} allowed={may.readAudit(session)} refusal={t('audit.needsRole')} testId="audit-refused">
      <AuditTrailTable filter={filter} />
    </RoleGate>
  );
}

function AuditTrailTable({ filter }: { filter: AuditFilterState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const variables = useMemo(() => variablesOf(filter), [filter]);
  const [result] = useQuery({ query: AuditLogs, variables: { ...variables, last: SHOWN_PER_REGISTRY }, requestPolicy: 'cache-and-network' });
  const data = result.data;
  const entries = mergeEntries(AUDIT_REGISTRIES.map((r) => entriesOf(r, data?.[FIELD_OF[r]])));
  const total = AUDIT_REGISTRIES.reduce((sum, r) => sum + (data?.[FIELD_OF[r]]?.totalCount ?? 0), 0);

  const loadAll = async (reading: Reading) => {
    const logs: Record<AuditRegistry, RegistryEntry[]> = { 'master-studios': [], 'enterprise-classes': [], 'pay-policies': [] };
    const after: Partial<Record<AuditRegistry, string>> = {};
    let open = AUDIT_REGISTRIES.filter((r) => !filter.registry || filter.registry === r);
    while (open.length) {
      const page = await readPage(client, AuditLogs, {
        filter: variables.filter,
        studios: open.includes('master-studios'),
        classes: open.includes('enterprise-classes'),
        policies: open.includes('pay-policies'),
        // Three connections of 1,000 in one request cost ~340,000 of the gateway's limit of 500,000.
        first: EXPORT_PAGE_SIZE,
        studiosAfter: after['master-studios'],
        classesAfter: after['enterprise-classes'],
        policiesAfter: after['pay-policies'],
      }, reading);
      open = open.filter((r) => {
        const log = page[FIELD_OF[r]];
        logs[r].push(...entriesOf(r, log));
        after[r] = log?.pageInfo.endCursor ?? undefined;
        return !!log?.pageInfo.hasNextPage;
      });
      reading.onRows(Object.values(logs).reduce((sum, entries) => sum + entries.length, 0));
    }
    return mergeEntries(Object.values(logs));
  };

  return (
    <>
      <AuditFilters filter={filter} />
      <QueryState result={result} />
      {data && (
        <>
          <p className="subtitle" data-testid="audit-count">
            {t('audit.count', { shown: entries.length, total })}
          </p>
          <ExportTools
            key={hrefFor({ name: 'audit', filter })}
            title={t('audit.title')}
            columns={exportColumns(t, format)}
            shown={entries}
            total={total}
            loadAll={loadAll}
            testId="audit"
          />
          <div className="table-scroll">
            <table className="audit stack" data-testid="audit-rows">
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('audit.who')}</th>
                  <th scope="col">{t('audit.record')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={`${e.registry}:${e.id}`} data-testid="audit-entry">
                    <td data-label={t('audit.when')}>
                      <time dateTime={e.at}>{format.dateTime(e.at)}</time>
                    </td>
                    <td data-label={t('audit.who')}>
                      {e.actorName ?? e.actorSubject}
                      <div className="subtitle">
                        {t(`role.${e.actorRole}`, { defaultValue: e.actorRole })}
                        {e.actorName != null && ` · ${e.actorSubject}`}
                      </div>
                    </td>
                    <td data-label={t('audit.record')}>
                      <RecordLink entry={e} />
                      <div className="subtitle">
                        {t(`auditOperation.${e.operation}`, { defaultValue: e.operation })} · {t(`registry.${e.registry}`)}
                      </div>
                    </td>
                    <td data-label={t('audit.changes')}>
                      <dl className="changes">
                        {fieldChanges(e).map((c) => (
                          <div key={c.field} data-testid="audit-change">
                            <dt>{fieldLabel(t, c.field)}</dt>
                            <dd>
                              {e.before != null && (
                                <>
                                  <del>{valueText(t, format, e.recordType, c.field, c.before)}</del>
                                  {' → '}
                                </>
                              )}
                              <ins>{valueText(t, format, e.recordType, c.field, c.after)}</ins>
                            </dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {entries.length === 0 && <p className="notice">{t('audit.none')}</p>}
        </>
      )}
    </>
  );
}

function AuditFilters({ filter }: { filter: AuditFilterState }) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (key: string) => String(data.get(key) ?? '').trim() || undefined;
    const registry = AUDIT_REGISTRIES.find((r) => r === data.get('registry'));
    window.location.hash = hrefFor({
      name: 'audit',
      filter: { registry, recordType: text('recordType'), recordId: text('recordId'), person: text('person'), from: text('from'), to: text('to') },
    });
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t('audit.filters')} data-testid="audit-filters" key={hrefFor({ name: 'audit', filter })}>
      <ChoiceFilter label={t('audit.registry')} name="registry" value={filter.registry} all={t('audit.allRegistries')}>
        <Options items={AUDIT_REGISTRIES} label={(r) => t(`registry.${r}`)} />
      </ChoiceFilter>
      <ChoiceFilter label={t('audit.recordType')} name="recordType" value={filter.recordType} all={t('audit.allRecordTypes')}>
        <Options items={RECORD_TYPES} label={(type) => t(`auditRecordType.${type}`)} />
      </ChoiceFilter>
      <label>
        {t('audit.recordId')}
        <input name="recordId" inputMode="numeric" defaultValue={filter.recordId} size={6} />
      </label>
      <label>
        {t('audit.person')}
        <input name="person" defaultValue={filter.person} placeholder={t('audit.personHint')} />
      </label>
      <label>
        {t('audit.from')}
        <input name="from" type="date" defaultValue={filter.from} />
      </label>
      <label>
        {t('audit.to')}
        <input name="to" type="date" defaultValue={filter.to} />
      </label>
      <button type="submit">{t('audit.apply')}</button>
    </form>
  );
}

/** A filter that picks one of a list; its first option, "all", leaves it out. */
function ChoiceFilter({ label, name, value, all, children }: { label: string; name: string; value?: string; all: string; children: ReactNode }) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {children}
      </select>
    </label>
  );
}

const RECORD_TYPES = [
  'MasterStudio', 'EnterpriseClass', 'IndustryCollege', 'Major', 'ResearchProject', 'Student',
  'Enterprise', 'PayPolicy', 'PromotionPathway', 'CertificationBody', 'CertificationBatch', 'Subsidy',
] as const;

/** The record a change touched, linked to its page where the explorer has one. */
function RecordLink({ entry }: { entry: RegistryEntry }) {
  const { t } = useTranslation();
  const snapshot = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  const name = [snapshot.name, snapshot.title].find((v): v is string => typeof v === 'string');
  const label = `${t(`auditRecordType.${entry.recordType}`, { defaultValue: entry.recordType })} #${entry.recordId}${name ? ` ${name}` : ''}`;
  const enterpriseId = entry.recordType === 'Enterprise' ? entry.recordId : snapshot.enterpriseId ?? snapshot.partnerEnterpriseId;
  const href =
    entry.recordType === 'MasterStudio'
      ? hrefFor({ name: 'studio', id: entry.recordId })
      : enterpriseId != null
        ? hrefFor({ name: 'enterprise', id: String(enterpriseId) })
        : undefined;
  return href ? <a href={href}>{label}</a> : <span>{label}</span>;
}

const changesText = (t: TFunction, format: Formatters, entry: RegistryEntry, changes: FieldChange[]) =>
  changes
    .map((c) => {
      const value = (v: unknown) => valueText(t, format, entry.recordType, c.field, v);
      return `${fieldLabel(t, c.field)}: ${entry.before != null ? `${value(c.before)} → ` : ''}${value(c.after)}`;
    })
    .join('; ');

function exportColumns(t: TFunction, format: Formatters): Column<RegistryEntry>[] {
  return [
    { header: t('audit.when'), value: (e) => format.dateTime(e.at) },
    { header: t('audit.who'), value: (e) => e.actorName ?? e.actorSubject },
    { header: t('audit.account'), value: (e) => e.actorSubject },
    { header: t('audit.role'), value: (e) => t(`role.${e.actorRole}`, { defaultValue: e.actorRole }) },
    { header: t('audit.registry'), value: (e) => t(`registry.${e.registry}`) },
    { header: t('audit.operationHeader'), value: (e) => t(`auditOperation.${e.operation}`, { defaultValue: e.operation }) },
    { header: t('audit.recordType'), value: (e) => t(`auditRecordType.${e.recordType}`, { defaultValue: e.recordType }) },
    { header: t('audit.recordId'), value: (e) => e.recordId },
    { header: t('audit.changes'), value: (e) => changesText(t, format, e, fieldChanges(e)) },
  ];
}
