import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { registriesRead } from './registries-read.ts';

const supergraph = readFileSync(path.join(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const { readBy, writtenBy } = registriesRead(supergraph);

describe('the registries a query reads', () => {
  it.each([
    ['one registry’s fields', '{ masterStudios(first: 5) { totalCount } }', ['master-studios']],
    ['fields another registry adds to an entity', '{ masterStudio(id: "1") { name hostEnterprise { name } } }', ['master-studios', 'pay-policies']],
    ['an entity’s key alone, which the registry that returns it returns', '{ masterStudio(id: "1") { hostEnterprise { id } } }', ['master-studios']],
    ['fields in fragments', 'query { enterprise(id: "1") { ...Studios } } fragment Studios on Enterprise { studios { name } }', ['master-studios', 'pay-policies']],
    ['every registry, for a text that does not parse', '{ masterStudios(', ['enterprise-classes', 'master-studios', 'pay-policies']],
  ])('%s', (_, text, registries) => {
    expect(readBy(text)).toEqual(registries);
  });
});

describe('the registries a mutation writes', () => {
  it('are those of its mutation fields, not of the fields other registries add to its result', () => {
    const document = parse(`mutation { registerMasterStudio(input: { name: "x", kind: TECHNICIAN_STUDIO, level: DISTRICT, recognisedYear: 2025 }) {
      id hostEnterprise { name payPolicies { id } } } }`);
    expect(writtenBy(document)).toEqual(['master-studios']);
  });

  it('are every registry a document of several mutation fields writes', () => {
    const document = parse(`mutation A($c: RecordPayPolicyInput!, $s: RetireMasterStudioInput!) { recordPayPolicy(input: $c) { id } retireMasterStudio(input: $s) { id } }`);
    expect(writtenBy(document)).toEqual(['master-studios', 'pay-policies']);
  });
});
