/** What the signed-in role may do from a page, such as registering a record of the kind it lists. */
export interface PageAction {
  href: string;
  label: string;
  testId: string;
}

/** A page's heading, with its action beside it when there is one (never on paper). */
export function PageHeading({ title, action }: { title: string; action?: PageAction | false }) {
  return (
    <div className="page-heading">
      <h1>{title}</h1>
      {action && (
        <a className="action-link screen-only" href={action.href} data-testid={action.testId}>
          {action.label}
        </a>
      )}
    </div>
  );
}
