import { SafeIntScalar } from '@partnership/kit';
import { builder } from '../registry.ts';

/** Totals summed over many records (yuan over payments, people over batches) that can pass Int. */
export const SafeInt = builder.addScalarType('SafeInt', SafeIntScalar);
