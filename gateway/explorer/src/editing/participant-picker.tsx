import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Options } from '../components/options.tsx';
import { RegistryUnavailable } from '../components/query-state.tsx';
import { graphql } from '../gql/index.ts';
import { ruleMessage } from './rule-message.ts';
import type { WriteProblems } from './write-errors.ts';

const ClassStudents = graphql(`
  query ClassStudents($id: ID!) {
    enterpriseClass(id: $id) {
      id
      students {
        id
        name
        technicianLevel
      }
    }
  }
`);

type Student = { id: string; name: string };

/**
 * Students taking part, ticked class by class (a class is a few dozen students, which a list shows
 * whole; a name search would need names staff may not spell alike). What is ticked stays ticked
 * across classes, listed under the boxes, and goes with the form as `participantIds`.
 */
export function ParticipantPicker({ classes, errors }: { classes: readonly { id: string; name: string }[]; errors: WriteProblems['fields'] }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [classId, setClassId] = useState('');
  const [chosen, setChosen] = useState<Student[]>([]);
  const [result] = useQuery({ query: ClassStudents, variables: { id: classId }, pause: !classId });
  const students = result.data?.enterpriseClass?.students;
  const ticked = new Set(chosen.map((s) => s.id));
  const toggle = (student: Student, on: boolean) => setChosen((all) => (on ? [...all, student] : all.filter((s) => s.id !== student.id)));
  const error = errors.participantIds;
  return (
    <fieldset className="participants" data-testid="pick-participants" aria-describedby={error ? `${selectId}-error` : undefined}>
      <legend>{t('schools.participantsField')}</legend>
      <label htmlFor={selectId}>{t('schools.participantsClass')}</label>
      <select id={selectId} value={classId} onChange={(e) => setClassId(e.target.value)}>
        <option value="">{t('schools.participantsPickClass')}</option>
        <Options items={classes} value={(c) => c.id} label={(c) => c.name} />
      </select>
      {classId && result.error && !students && <RegistryUnavailable registry="enterprise-classes" />}
      {students && (
        <ul className="plain checklist">
          {students.map((s) => (
            <li key={s.id}>
              <label>
                <input type="checkbox" checked={ticked.has(s.id)} onChange={(e) => toggle(s, e.target.checked)} />
                {s.name}
              </label>
              {s.technicianLevel && <span className="subtitle"> {t('schools.technicianLevel')}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className="subtitle" data-testid="chosen-participants">
        {chosen.length ? t('schools.participantsChosen', { count: chosen.length, names: chosen.map((s) => s.name).join(t('common.listSeparator')) }) : t('schools.participantsNone')}
      </p>
      {chosen.map((s) => (
        <input key={s.id} type="hidden" name="participantIds" value={s.id} />
      ))}
      {error && (
        <p className="field-error" id={`${selectId}-error`} role="alert" data-testid="error-participantIds">
          {ruleMessage(error, t('schools.participantsField'), t)}
        </p>
      )}
    </fieldset>
  );
}
