import type { Provenance, StudioLevel } from '../gql/graphql.ts';
import { LEVEL_LABELS } from '../labels.ts';

export function LevelBadge({ level }: { level: StudioLevel }) {
  return <span className={`badge level-${level.toLowerCase()}`}>{LEVEL_LABELS[level]}</span>;
}

/** Marks a placeholder that fills a total the article gives, so nobody takes it for a real record. */
export function GeneratedTag({ provenance }: { provenance: Provenance }) {
  if (provenance !== 'GENERATED') return null;
  return (
    <span className="badge badge-generated" title="A placeholder that completes a total the source article gives">
      Generated
    </span>
  );
}
