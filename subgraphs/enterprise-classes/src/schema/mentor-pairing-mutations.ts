// Mentor pairings (双导师制): each student has a college mentor of their school and an
// enterprise mentor; staff of the student's school pair and re-pair them.
import { input, missingReference, nextVersion, ruleError, updateMutation, writeInput } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import { Student } from './student.ts';
import { ownSchool } from './writes.ts';

builder.prismaObjectField(Student, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with pairMentors; it grows by one with every change.' }),
);

const PairMentorsInput = writeInput(builder, 'PairMentorsInput', {
  id: input.recordId('The student.'),
  version: input.version(),
  collegeMentorId: input.id({ description: 'A COLLEGE mentor of the student school.' }),
  enterpriseMentorId: input.id({ description: 'An ENTERPRISE mentor.' }),
}, { description: 'A mentor left out stays; null unpairs that side.' });

async function checkMentor(tx: Tx, path: string, id: number | null | undefined, side: 'COLLEGE' | 'ENTERPRISE', schoolId: number) {
  if (id == null) return;
  const mentor = await tx.mentor.findUnique({ where: { id } });
  if (!mentor) throw missingReference(path, 'Mentor', id);
  if (mentor.side !== side) throw ruleError(path, 'side', `must be ${side === 'ENTERPRISE' ? 'an' : 'a'} ${side} mentor; Mentor ${id} is ${mentor.side}.`);
  if (side === 'COLLEGE' && mentor.schoolId !== schoolId) {
    throw ruleError(path, 'sameSchool', `must teach at school ${schoolId}, the student's school.`);
  }
}

builder.mutationFields((t) => ({
  pairMentors: updateMutation(t, {
    type: Student,
    description: "Pairs a student with a college and an enterprise mentor. COLLEGE_STAFF of the student's school.",
    authScopes: { collegeStaff: true },
    input: PairMentorsInput,
    update: ({ id, version, ...pairing }, ctx, operation) => ({
      read: (tx) => tx.student.findUnique({ where: { id } }),
      authorize: ownSchool(ctx, operation),
      write: async (tx, before) => {
        await checkMentor(tx, 'input.collegeMentorId', pairing.collegeMentorId, 'COLLEGE', before.schoolId);
        await checkMentor(tx, 'input.enterpriseMentorId', pairing.enterpriseMentorId, 'ENTERPRISE', before.schoolId);
        return tx.student.update({ where: { id, version }, data: { ...pairing, ...nextVersion } });
      },
    }),
  }),
}));
