import type { Page } from 'playwright-core';

interface DomNode {
  nodeType: number;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The DOM's node type of text, as the DevTools protocol reports it. */
const TEXT_NODE = 3;

const textOf = (node: DomNode): string =>
  (node.nodeType === TEXT_NODE ? node.nodeValue : '') + [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');

/**
 * What a native form control shows on screen, e.g. a date input's "2026/12/01": the text of its
 * user-agent shadow tree, which page scripts cannot read but the DevTools protocol can.
 */
export async function shownText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
    if (!result.objectId) throw new Error(`no element matches ${selector}`);
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId, depth: -1, pierce: true });
    return textOf(node as DomNode);
  } finally {
    await cdp.detach();
  }
}
