import { getOperationAST, type DocumentNode, type OperationTypeNode } from 'graphql';

// Yoga reuses one parsed document per query text: look the operation up once per document and name.
const types = new WeakMap<DocumentNode, Map<string | null | undefined, OperationTypeNode | undefined>>();

/** query, mutation or subscription: the operation a request runs, or undefined when there is none. */
export function operationTypeOf(document: DocumentNode, operationName?: string | null): OperationTypeNode | undefined {
  let byName = types.get(document);
  if (!byName) types.set(document, (byName = new Map()));
  if (!byName.has(operationName)) byName.set(operationName, getOperationAST(document, operationName)?.operation);
  return byName.get(operationName);
}
