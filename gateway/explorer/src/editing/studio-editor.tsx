import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import type { StudioLevel } from '../gql/graphql.ts';
import { Options } from '../components/options.tsx';
import { STUDIO_LEVELS } from '../labels.ts';
import { EditForm, Field, newIdempotencyKey, optionalNumber, optionalText } from './edit-form.tsx';
import { type StudioDetails, StudioDetailsForm } from './studio-details.tsx';

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

export interface EditableStudio extends StudioDetails {
  level: StudioLevel;
}

/** The studio's write forms, for BUREAU_ADMIN: a promotion or demotion, and its details. */
export function StudioEditor({ studio, reload }: { studio: EditableStudio; reload: () => void }) {
  const { t } = useTranslation();
  const [, recordLevelChange] = useMutation(RecordLevelChange);
  // One key per intended change: a retry after a lost answer does not record it twice.
  const levelKey = useRef(newIdempotencyKey());

  return (
    <div className="grid card-wide" data-testid="studio-editor">
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

      {/* A new form after each version: its defaults are the record as it is now. */}
      <StudioDetailsForm key={studio.version} studio={studio} reload={reload} />
    </div>
  );
}
