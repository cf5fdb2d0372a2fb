// Mentor pairings (双导师制): each student has a college mentor of their school and an
// enterprise mentor; staff of the student's school pair and re-pair them.
import { auditedWrite, field, missingReference, nextVersion, parseInput, ruleError, versionedUpdate, z } from '@partnership/kit';
import { builder, type Tx } from '../registry.ts';
import { Student } from './student.ts';
import { ownedRecord } from './writes.ts';

builder.prismaObjectField(Student, 'version', (t) =>
  t.exposeInt('version', { description: 'Send it back with pairMentors; it grows by one with every change.' }),
);

const PairMentorsInput = builder.inputType('PairMentorsInput', {
  description: 'A mentor left out stays; null unpairs that side.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The student.' }),
    version: t.int({ required: true, description: 'The student version you read.' }),
    collegeMentorId: t.id({ required: false, description: 'A COLLEGE mentor of the student school.' }),
    enterpriseMentorId: t.id({ required: false, description: 'An ENTERPRISE mentor.' }),
  }),
});

const pairSchema = z.object({
  id: field.id(),
  version: field.version(),
  collegeMentorId: field.id().nullish(),
  enterpriseMentorId: field.id().nullish(),
});

async function checkMentor(tx: Tx, path: string, id: number | null | undefined, side: 'COLLEGE' | 'ENTERPRISE', schoolId: number) {
  if (id == null) return;
  const mentor = await tx.mentor.findUnique({ where: { id } });
  if (!mentor) throw missingReference(path, 'Mentor', id);
  if (mentor.side !== side) throw ruleError(path, 'side', `must be a ${side} mentor; Mentor ${id} is ${mentor.side}.`);
  if (side === 'COLLEGE' && mentor.schoolId !== schoolId) {
    throw ruleError(path, 'sameSchool', `must teach at school ${schoolId}, the student's school.`);
  }
}

builder.mutationFields((t) => ({
  pairMentors: t.field({
    type: Student,
    description: "Pairs a student with a college and an enterprise mentor. COLLEGE_STAFF of the student's school.",
    authScopes: { collegeStaff: true },
    args: { input: t.arg({ type: PairMentorsInput, required: true, description: 'What to write.' }) },
    resolve: (_root, args, ctx) => {
      const { id, version, ...pairing } = parseInput(pairSchema, args.input);
      return auditedWrite(ctx.db, ctx.actor, 'pairMentors', async (tx) => {
        const before = ownedRecord(ctx, 'pairMentors', 'Student', await tx.student.findUnique({ where: { id } }), { id, version });
        await checkMentor(tx, 'input.collegeMentorId', pairing.collegeMentorId, 'COLLEGE', before.schoolId);
        await checkMentor(tx, 'input.enterpriseMentorId', pairing.enterpriseMentorId, 'ENTERPRISE', before.schoolId);
        const after = await versionedUpdate('Student', id, version, () =>
          tx.student.update({ where: { id, version }, data: { ...pairing, ...nextVersion } }),
        );
        return { recordType: 'Student', recordId: id, before, after };
      });
    },
  }),
}));
