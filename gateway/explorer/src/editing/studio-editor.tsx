import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { StudioLevel } from '../gql/graphql.ts';
import { Options } from '../components/options.tsx';
import { ChoicesUnavailable, choicesMissing } from '../components/query-state.tsx';
import { bilingual, STUDIO_LEVELS } from '../labels.ts';
import { EditForm, Field, newIdempotencyKey, optionalNumber, optionalText } from './edit-form.tsx';

const RecordLevelChange = graphql(`
  mutation RecordStudioLevelChange($input: RecordStudioLevelChangeInput!, $idempotencyKey: String) {
    recordStudioLevelChange(input: $input, idempotencyKey: $idempotencyKey) {
      id
      version
      level
      levelHistory {
        level
        year
        note
      }
    }
  }
`);

const UpdateStudio = graphql(`
  mutation UpdateMasterStudio($input: UpdateMasterStudioInput!) {
    updateMasterStudio(input: $input) {
      id
      version
      town
      campusSchool {
        id
      }
    }
  }
`);

const Towns = graphql(`
  query StudioTownChoices {
    masterStudioTowns
  }
`);

/** The schools a studio may work on the campus of: the enterprise-classes registry's schools. */
const Schools = graphql(`
  query StudioCampusChoices {
    schools {
      id
      name
      nameEn
    }
  }
`);

export interface EditableStudio {
  id: string;
  version: number;
  level: StudioLevel;
  town?: string | null;
  leaderId?: string | null;
  hostEnterpriseId?: string | null;
  hostSchoolId?: string | null;
  campusSchoolId?: string | null;
}

/** The studio's write forms, for BUREAU_ADMIN: a promotion or demotion, and its details. */
export function StudioEditor({ studio, reload }: { studio: EditableStudio; reload: () => void }) {
  const { t } = useTranslation();
  const [, recordLevelChange] = useMutation(RecordLevelChange);
  const [, updateStudio] = useMutation(UpdateStudio);
  const [towns] = useQuery({ query: Towns });
  const [schools] = useQuery({ query: Schools });
  // One key per intended change: a retry after a lost answer does not record it twice.
  const levelKey = useRef(newIdempotencyKey());
  const townChoices = [...new Set([...(towns.data?.masterStudioTowns ?? []), ...(studio.town ? [studio.town] : [])])];
  const schoolChoices = schools.data?.schools;
  const schoolsMissing = choicesMissing(schools, schoolChoices);

  return (
    <div className="grid" data-testid="studio-editor">
      <EditForm
        title={t('edit.levelChange')}
        testId="edit-level"
        fields={['level', 'year', 'note']}
        reload={reload}
        save={async (data) => {
          const input = {
            id: studio.id,
            version: studio.version,
            level: String(data.get('level')) as StudioLevel,
            year: optionalNumber(data, 'year') ?? Number.NaN,
            note: optionalText(data, 'note'),
          };
          const result = await recordLevelChange({ input, idempotencyKey: levelKey.current });
          if (!result.error) levelKey.current = newIdempotencyKey();
          return result.error;
        }}
      >
        {(errors) => (
          <>
            <Field label={t('edit.newLevel')} name="level" errors={errors}>
              {(input) => (
                <select {...input} defaultValue={studio.level}>
                  <Options items={STUDIO_LEVELS} label={(level) => t(`level.${level}`)} />
                </select>
              )}
            </Field>
            <Field label={t('edit.year')} name="year" errors={errors}>
              {(input) => <input {...input} type="number" defaultValue={new Date().getFullYear()} />}
            </Field>
            <Field label={t('edit.note')} name="note" errors={errors}>
              {(input) => <textarea {...input} rows={2} />}
            </Field>
          </>
        )}
      </EditForm>

      <EditForm
        // A new form after each version: its defaults are the record as it is now.
        key={studio.version}
        title={t('edit.studioDetails')}
        testId="edit-studio"
        fields={['town', 'leaderId', 'hostEnterpriseId', 'hostSchoolId', 'campusSchoolId']}
        reload={reload}
        save={async (data) => {
          const hostEnterpriseId = optionalText(data, 'hostEnterpriseId');
          const hostSchoolId = optionalText(data, 'hostSchoolId');
          // Without its choices the campus field is disabled, so absent: the campus stays as it is.
          const campusSchoolId = data.has('campusSchoolId') ? (optionalText(data, 'campusSchoolId') ?? null) : (studio.campusSchoolId ?? null);
          const input = {
            id: studio.id,
            version: studio.version,
            town: optionalText(data, 'town'),
            leaderId: optionalText(data, 'leaderId'),
            // A studio has one host: send the one that changed.
            ...(hostEnterpriseId !== (studio.hostEnterpriseId ?? undefined) && hostEnterpriseId && { hostEnterpriseId }),
            ...(hostSchoolId !== (studio.hostSchoolId ?? undefined) && hostSchoolId && { hostSchoolId }),
            // Sent only when changed; none (null) takes the studio off campus.
            ...(campusSchoolId !== (studio.campusSchoolId ?? null) && { campusSchoolId }),
          };
          return (await updateStudio({ input })).error;
        }}
      >
        {(errors) => (
          <>
            <Field label={t('common.town')} name="town" errors={errors}>
              {(input) => (
                <select {...input} defaultValue={studio.town ?? ''}>
                  <option value="">{t('edit.unchanged')}</option>
                  <Options items={townChoices} label={(town) => town} />
                </select>
              )}
            </Field>
            <Field label={t('edit.leaderId')} name="leaderId" errors={errors}>
              {(input) => <input {...input} inputMode="numeric" defaultValue={studio.leaderId ?? ''} />}
            </Field>
            <Field label={t('edit.hostEnterpriseId')} name="hostEnterpriseId" errors={errors}>
              {(input) => <input {...input} inputMode="numeric" defaultValue={studio.hostEnterpriseId ?? ''} />}
            </Field>
            <Field label={t('edit.hostSchoolId')} name="hostSchoolId" errors={errors}>
              {(input) => <input {...input} inputMode="numeric" defaultValue={studio.hostSchoolId ?? ''} />}
            </Field>
            <Field label={t('studioCampus.label')} name="campusSchoolId" errors={errors}>
              {(input) => (
                <>
                  <select {...input} defaultValue={studio.campusSchoolId ?? ''} disabled={schoolsMissing}>
                    <option value="">{t('studioCampus.none')}</option>
                    <Options items={schoolChoices} value={(school) => school.id} label={(school) => bilingual(school.name, school.nameEn)} />
                  </select>
                  {schoolsMissing && <ChoicesUnavailable registry="enterprise-classes" />}
                </>
              )}
            </Field>
          </>
        )}
      </EditForm>
    </div>
  );
}
