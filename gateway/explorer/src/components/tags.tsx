import { useTranslation } from 'react-i18next';
import type { Provenance, StudioLevel } from '../gql/graphql.ts';

export function LevelBadge({ level }: { level: StudioLevel }) {
  const { t } = useTranslation();
  return <span className={`badge level-${level.toLowerCase()}`} data-level={level}>{t(`level.${level}`)}</span>;
}

/** Marks a placeholder that fills a total the article gives, so nobody takes it for a real record. */
export function GeneratedTag({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  if (provenance !== 'GENERATED') return null;
  return (
    <span className="badge badge-generated" title={t('provenance.generatedHint')}>
      {t('provenance.GENERATED')}
    </span>
  );
}

/** Marks a studio that closed: it keeps its record and history, and no longer changes. */
export function RetiredTag({ retiredAt }: { retiredAt?: string | null }) {
  const { t } = useTranslation();
  if (!retiredAt) return null;
  return (
    <span className="badge badge-retired" data-testid="retired">
      {t('studios.retired')}
    </span>
  );
}

/** Marks an attribute the source does not state but the registry inferred; the note says from what. */
export function InferredTag({ inferred, note }: { inferred: boolean; note?: string | null }) {
  const { t } = useTranslation();
  if (!inferred) return null;
  return (
    <span className="badge badge-inferred" data-testid="inferred" title={note ?? t('provenance.inferredHint')}>
      {t('provenance.inferred')}
    </span>
  );
}
