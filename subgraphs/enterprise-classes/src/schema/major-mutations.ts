import { createMutation, input, nextVersion, updateMutation, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { Major } from './major.ts';
import { checkIndustry, checkSchool, ownSchool, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(Major, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const IS_NEW = 'A new major (新兴专业) opened for an emerging industry.';

const majorFields = {
  nameEn: input.text(200, { description: 'The English name.' }),
  industryCode: input.industryCode(),
  occupationalStandard: input.text(200, { description: 'The occupational standard the major teaches to, as written (职业标准).' }),
  introducedYear: input.year({ description: 'The year the school opened the major.' }),
};

const RegisterMajorInput = writeInput(builder, 'RegisterMajorInput', {
  schoolId: input.id({ required: true, description: 'The school.' }),
  name: input.name(200, { required: true, description: 'The major name in Chinese (专业).' }),
  isNew: input.boolean({ required: true, description: IS_NEW }),
  ...majorFields,
}, { description: 'A new major (专业) a school offers.' });

const UpdateMajorInput = writeInput(builder, 'UpdateMajorInput', {
  id: input.recordId(),
  version: input.version(),
  name: input.name(200, { keep: true, description: 'The major name in Chinese.' }),
  isNew: input.boolean({ keep: true, description: IS_NEW }),
  ...majorFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

builder.mutationFields((t) => ({
  registerMajor: createMutation(t, {
    type: Major,
    description: "Registers a major of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: RegisterMajorInput,
    create: (major, ctx, operation) => ({
      authorize: async (tx) => {
        await checkSchool(tx, ctx, operation, major.schoolId);
        await checkIndustry(tx, major.industryCode);
      },
      write: (tx) => tx.major.create({ data: { ...major, provenance: 'REGISTERED' } }),
      read: (tx, id) => tx.major.findUnique({ where: { id } }),
    }),
  }),
  updateMajor: updateMutation(t, {
    type: Major,
    description: "Changes a major of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: UpdateMajorInput,
    update: ({ id, version, ...changes }, ctx, operation) => ({
      read: (tx) => tx.major.findUnique({ where: { id } }),
      authorize: ownSchool(ctx, operation),
      write: async (tx) => {
        await checkIndustry(tx, changes.industryCode);
        return tx.major.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
      },
    }),
  }),
}));
