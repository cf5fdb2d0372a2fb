import { createMutation, input, nextVersion, updateMutation, writeInput } from '@partnership/kit';
import { builder } from '../registry.ts';
import { IndustryCollege } from './industry-college.ts';
import { ensurePartner } from './school-partner-mutations.ts';
import { checkIndustry, checkSchool, ownSchool, VERSION_DESCRIPTION } from './writes.ts';

builder.prismaObjectField(IndustryCollege, 'version', (t) => t.exposeInt('version', { description: VERSION_DESCRIPTION }));

const collegeFields = {
  nameEn: input.text(200, { description: 'The English name.' }),
  partnerEnterpriseId: input.id({ description: 'The enterprise the college is run with (pay-policies); it becomes a partner of the school if it is not one.' }),
  industryCode: input.industryCode(),
  foundedYear: input.pastYear({ description: 'The year the college was founded.' }),
};

const RegisterIndustryCollegeInput = writeInput(builder, 'RegisterIndustryCollegeInput', {
  schoolId: input.id({ required: true, description: 'The school.' }),
  name: input.name(200, { required: true, description: 'The college name in Chinese (产业学院).' }),
  ...collegeFields,
}, { description: 'A new industry college (产业学院) of a school.' });

const UpdateIndustryCollegeInput = writeInput(builder, 'UpdateIndustryCollegeInput', {
  id: input.recordId(),
  version: input.version(),
  name: input.name(200, { keep: true, description: 'The college name in Chinese.' }),
  ...collegeFields,
}, { description: 'Fields left out keep their value; null clears an optional one.' });

builder.mutationFields((t) => ({
  registerIndustryCollege: createMutation(t, {
    type: IndustryCollege,
    description: "Registers an industry college of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: RegisterIndustryCollegeInput,
    create: async (college, ctx, operation) => {
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: college.partnerEnterpriseId }]);
      return {
        authorize: async (tx) => {
          await checkSchool(tx, ctx, operation, college.schoolId);
          await checkIndustry(tx, college.industryCode);
        },
        write: async (tx) => {
          const row = await tx.industryCollege.create({ data: { ...college, provenance: 'REGISTERED' } });
          if (row.partnerEnterpriseId != null) await ensurePartner(tx, ctx.actor, operation, { schoolId: row.schoolId, enterpriseId: row.partnerEnterpriseId });
          return row;
        },
        read: (tx, id) => tx.industryCollege.findUnique({ where: { id } }),
      };
    },
  }),
  updateIndustryCollege: updateMutation(t, {
    type: IndustryCollege,
    description: "Changes an industry college of the caller's school. COLLEGE_STAFF of that school.",
    authScopes: { collegeStaff: true },
    input: UpdateIndustryCollegeInput,
    update: async ({ id, version, ...changes }, ctx, operation) => {
      await ctx.references([{ path: 'input.partnerEnterpriseId', type: 'Enterprise', key: changes.partnerEnterpriseId }]);
      return {
        read: (tx) => tx.industryCollege.findUnique({ where: { id } }),
        authorize: ownSchool(ctx, operation),
        write: async (tx, before) => {
          await checkIndustry(tx, changes.industryCode);
          const row = await tx.industryCollege.update({ where: { id, version }, data: { ...changes, ...nextVersion } });
          if (row.partnerEnterpriseId != null && row.partnerEnterpriseId !== before.partnerEnterpriseId) await ensurePartner(tx, ctx.actor, operation, { schoolId: row.schoolId, enterpriseId: row.partnerEnterpriseId });
          return row;
        },
      };
    },
  }),
}));
