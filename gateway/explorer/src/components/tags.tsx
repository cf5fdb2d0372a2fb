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
