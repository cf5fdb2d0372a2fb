import { useTranslation } from 'react-i18next';
import { ProfileSection } from '../components/profile-section.tsx';
import { graphql } from '../gql/index.ts';
import type { SchoolMentorshipFragment } from '../gql/graphql.ts';

/** A school's dual mentors, read in the school page's request. */
export const SchoolMentorshipFields = graphql(`
  fragment SchoolMentorship on Query {
    mentorshipSummary(schoolId: $id) {
      students
      pairedStudents
      collegeMentors
      enterpriseMentors
      mentorEnterprises
    }
  }
`);

/** 双导师制: how many of the school's students have a mentor on each side, and who the mentors are, counted. */
export function MentorshipSection({ mentorship }: { mentorship: SchoolMentorshipFragment }) {
  const { t } = useTranslation();
  const summary = mentorship.mentorshipSummary;
  return (
    <ProfileSection id="mentors" title={t('schools.mentors')} registry="enterprise-classes" unavailable={!summary} empty={summary?.students === 0}>
      {summary && (
        <p data-testid="mentorship-summary">
          {t('schools.mentorsPaired', { students: summary.students, paired: summary.pairedStudents })}
          {t('schools.mentorsBySide', { college: summary.collegeMentors, enterprise: summary.enterpriseMentors, enterprises: summary.mentorEnterprises })}
        </p>
      )}
    </ProfileSection>
  );
}
