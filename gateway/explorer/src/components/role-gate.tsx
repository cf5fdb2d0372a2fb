import { type ReactNode, useId } from 'react';

interface Props {
  title: string;
  /** Whether the signed-in role may use the page; the API refuses the others anyway. */
  allowed: boolean;
  /** Says which role the page needs, to anyone else. */
  refusal: string;
  testId: string;
  children: ReactNode;
}

/** A page for one role: its heading, then the page, or for anyone else a note saying which role it needs. */
export function RoleGate({ title, allowed, refusal, testId, children }: Props) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h1 id={titleId}>{title}</h1>
      {allowed ? (
        children
      ) : (
        <p className="notice" data-testid={testId}>
          {refusal}
        </p>
      )}
    </section>
  );
}
