import type { StudioLevel } from '../gql/graphql.ts';
import { LevelBadge } from './tags.tsx';

interface Step {
  level: StudioLevel;
  year?: number | null;
  note?: string | null;
}

/** A studio's climb through the levels, oldest step first. */
export function LevelTimeline({ steps }: { steps: readonly Step[] }) {
  return (
    <ol className="timeline" aria-label="Level history">
      {steps.map((step, i) => (
        <li key={`${step.level}-${i}`}>
          <span className="timeline-year">{step.year ?? 'Year not recorded'}</span>
          <LevelBadge level={step.level} />
          {step.note && <span className="timeline-note">{step.note}</span>}
        </li>
      ))}
    </ol>
  );
}
