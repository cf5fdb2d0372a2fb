import type { ReactNode } from 'react';

/** One labelled value in a <dl className="facts">; renders nothing without a value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children == null || children === false || children === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
