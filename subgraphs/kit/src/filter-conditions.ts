// What every registry's list filter means by a list: any of its values. An empty list is the same
// as leaving the field out (clients build lists from check boxes: none ticked, no narrowing).

/** The description of a filter input type whose lists work this way. */
export const LIST_FILTER_DESCRIPTION = 'Every field narrows the result; lists match any of their values, and an empty list is the same as leaving the field out.';

/** Prisma's condition for "any of these values", or none for an absent or empty list. */
export const anyOf = <T>(values: readonly T[] | null | undefined) => (values?.length ? { in: [...values] } : undefined);
