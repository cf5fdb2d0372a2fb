// Every registry's root query fields are nullable. A gateway answer joins several registries'
// root fields; were one of them non-null, a registry that fails would null the whole answer and
// take the other registries' fields with it. Nullable, it nulls only its own fields, with an error
// saying which. Federation's own root fields (_entities, _service) keep the shape the spec gives.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

const FAILED = 'Null only when its registry failed to answer; errors then says why.';

export class NullableRootsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.parentType !== 'Query' || fieldConfig.name.startsWith('_') || fieldConfig.type.nullable) return fieldConfig;
    const description = [fieldConfig.description, FAILED].filter(Boolean).join(' ');
    return { ...fieldConfig, description, type: { ...fieldConfig.type, nullable: true } };
  }
}

export const NULLABLE_ROOTS_PLUGIN = 'nullableRoots';
SchemaBuilder.registerPlugin(NULLABLE_ROOTS_PLUGIN, NullableRootsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      nullableRoots: NullableRootsPlugin<Types>;
    }
  }
}
