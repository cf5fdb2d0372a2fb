// Page sizes of every connection, shared with the gateway, whose cost limit counts a connection
// without `first`/`last` as a default page.

/** Rows in a page when the request names no size. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest page a connection serves, whatever the request asks. */
export const MAX_PAGE_SIZE = 1000;
