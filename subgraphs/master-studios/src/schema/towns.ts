import { OTHER_TOWN, TOWNS } from '@partnership/kit';
import { builder } from '../registry.ts';

builder.queryFields((t) => ({
  towns: t.stringList({
    description: `The controlled list of towns and platforms (镇街/平台) every town filter and write accepts, in a fixed order: the four the article names among the eight surveyed, then ${OTHER_TOWN} for any other.`,
    resolve: () => [...TOWNS],
  }),
}));
