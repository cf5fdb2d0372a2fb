/**
 * The path of a URL, full (a Request's) or from its path on (node's `req.url`), without its query
 * or fragment: on every request, where parsing the whole URL would cost more.
 */
export function pathOf(url: string): string {
  const scheme = url.indexOf('://');
  const start = scheme === -1 ? 0 : url.indexOf('/', scheme + 3);
  if (start === -1) return '/';
  const end = url.slice(start).search(/[?#]/);
  return end === -1 ? url.slice(start) : url.slice(start, start + end);
}
