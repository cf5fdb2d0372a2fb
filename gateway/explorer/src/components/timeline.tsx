import { useTranslation } from 'react-i18next';
import type { StudioLevel } from '../gql/graphql.ts';
import { LevelBadge } from './tags.tsx';

interface Step {
  level: StudioLevel;
  year?: number | null;
  note?: string | null;
}

/** A studio's climb through the levels, oldest step first. */
export function LevelTimeline({ steps }: { steps: readonly Step[] }) {
  const { t } = useTranslation();
  return (
    <ol className="timeline" aria-label={t('studios.history')} data-testid="level-history">
      {steps.map((step, i) => (
        <li key={`${step.level}-${i}`}>
          <span className="timeline-year">{step.year ?? t('studios.yearUnknown')}</span>
          <LevelBadge level={step.level} />
          {step.note && <span className="timeline-note" lang="zh-CN">{step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
