import { getOperationAST, type DocumentNode, type OperationDefinitionNode, type OperationTypeNode } from 'graphql';

// Yoga reuses one parsed document per query text: look the operation up once per document and name.
const operations = new WeakMap<DocumentNode, Map<string | null | undefined, OperationDefinitionNode | null>>();

/** The operation a request runs, or null when there is none (no such name, or several and no name). */
export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  let byName = operations.get(document);
  if (!byName) operations.set(document, (byName = new Map()));
  let operation = byName.get(operationName);
  if (operation === undefined) byName.set(operationName, (operation = getOperationAST(document, operationName) ?? null));
  return operation;
}

/** query, mutation or subscription: the operation a request runs, or undefined when there is none. */
export const operationTypeOf = (document: DocumentNode, operationName?: string | null): OperationTypeNode | undefined =>
  operationOf(document, operationName)?.operation;
