import { execute, parse, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTOR } from './auth.ts';
import { createSubgraphBuilder, type SubgraphContext } from './builder.ts';

// The subgraphs' builder, with no check of its own in the schema: whatever is refused, the plugin refused.
const builder = createSubgraphBuilder<object, SubgraphContext<unknown>>({ datamodel: { models: {} } });
const Step = builder.inputType('Step', {
  fields: (t) => ({ label: t.string({ required: true }), note: t.string({ multiline: true, description: 'What happened.' }), weight: t.float() }),
});
const Change = builder.inputType('Change', {
  fields: (t) => ({ id: t.id({ required: true }), towns: t.stringList(), years: t.intList(), steps: t.field({ type: [Step] }) }),
});
builder.queryField('echo', (t) =>
  t.string({ args: { text: t.arg.string(), input: t.arg({ type: Change }), after: t.arg.string() }, nullable: true, resolve: (_root, args) => JSON.stringify(args) }),
);
builder.mutationField('record', (t) =>
  t.string({ args: { input: t.arg({ type: Change, required: true }) }, nullable: true, resolve: (_root, args) => JSON.stringify(args) }),
);
const schema = builder.toSchema();

async function echo(variables: Record<string, unknown>, document = 'query ($text: String, $input: Change) { echo(text: $text, input: $input) }') {
  const result = await execute({ schema, document: parse(document), variableValues: variables, contextValue: { actor: PUBLIC_ACTOR } });
  const [value] = Object.values(result.data ?? {});
  return { value: value == null ? null : JSON.parse(value as string), error: result.errors?.[0] };
}

describe('the input check plugin', () => {
  it('hands resolvers NFC text from arguments, input objects and lists at any depth', async () => {
    const { value, error } = await echo({
      text: 'Cafe\u0301',
      input: { id: ' 7 ', towns: ['Cafe\u0301'], steps: [{ label: 'e\u0301', note: 'a\r\nb\tc' }] },
    });
    expect(error).toBeUndefined();
    expect(value).toEqual({ text: 'Café', input: { id: ' 7 ', towns: ['Café'], steps: [{ label: 'é', note: 'a\nb\tc' }] } });
  });

  it.each([
    [{ text: 'a\u0000' }, 'text', 'control'],
    [{ input: { id: '\u0000' } }, 'input.id', 'control'],
    [{ input: { id: '1', towns: ['ok', '\u202Eevil'] } }, 'input.towns.1', 'bidi'],
    [{ input: { id: '1', steps: [{ label: 'ok' }, { label: '\u200B' }] } }, 'input.steps.1.label', 'blank'],
    [{ input: { id: '1', steps: [{ label: 'two\nlines' }] } }, 'input.steps.0.label', 'singleLine'],
    [{ input: { id: '1', steps: [{ label: 'ok', note: 'bell\u0007' }] } }, 'input.steps.0.note', 'control'],
    [{ text: 'x\uDBFF' }, 'text', 'unicode'],
  ])('refuses %j naming %s and rule %s', async (variables, field, rule) => {
    const { value, error } = await echo(variables);
    expect(value).toBeNull();
    expect(error?.message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')} `));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
  });

  it('checks writes as it checks reads', async () => {
    const { value, error } = await echo({ input: { id: '1', towns: ['\u0000'] } }, 'mutation ($input: Change!) { record(input: $input) }');
    expect(value).toBeNull();
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.towns.0', rule: 'control' });
  });

  it.each(['towns', 'years', 'steps'])('refuses %s of more than 1000 items, whatever it lists', async (field) => {
    const item = { towns: 'x', years: 2024, steps: { label: 'x' } }[field];
    const atMost = await echo({ input: { id: '1', [field]: Array.from({ length: 1000 }, () => item) } });
    expect(atMost.error).toBeUndefined();
    const { error } = await echo({ input: { id: '1', [field]: Array.from({ length: 1001 }, () => item) } });
    expect(error?.message).toBe(`input.${field} must list at most 1000 items (it lists 1001).`);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: `input.${field}`, rule: 'length', params: { maxItems: 1000 } });
  });

  it('refuses a forged connection cursor', async () => {
    const forged = Buffer.from('GPC:S:abc').toString('base64');
    const { error } = await echo({ after: forged }, 'query ($after: String) { echo(after: $after) }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
  });

  it('refuses a literal that reads as an infinite number', async () => {
    const { error } = await echo({}, '{ echo(input: { id: "1", steps: [{ label: "x", weight: 1e999 }] }) }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.steps.0.weight', rule: 'range' });
  });

  it('says in the schema which fields are multi-line', () => {
    expect(printSchema(schema)).toContain('"""What happened. Multi-line: may hold line breaks (\\n) and tabs."""\n  note: String');
  });
});
