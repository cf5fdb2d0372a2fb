/**
 * The Provenance enum every registry declares: composition needs the same descriptions in each,
 * so they are written once here. `builder.enumType('Provenance', PROVENANCE_ENUM)`.
 */
export const PROVENANCE_ENUM = {
  description: 'Where a record comes from (来源): the source article, generated to fill a total the article gives, or registered through the API.',
  values: {
    ARTICLE: { description: 'Stated in the source article (原文).' },
    GENERATED: { description: 'Generated to fill a total the article gives (演示数据); not a real record.' },
    REGISTERED: { description: 'Entered through the registry API by an authorised user (登记); the audit trail says who.' },
  },
} as const;
