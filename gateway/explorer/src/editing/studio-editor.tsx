import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import type { StudioLevel } from '../gql/graphql.ts';
import { Options } from '../components/options.tsx';
import { STUDIO_LEVELS } from '../labels.ts';
import { EditForm, Field, optionalNumber, optionalText, useCreate, YearField } from './edit-form.tsx';
import { type StudioDetails, StudioDetailsForm } from './studio-details.tsx';
import { refusedBeforeSending } from './write-errors.ts';

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

const RetireStudio = graphql(`
  mutation RetireMasterStudio($input: RetireMasterStudioInput!) {
    retireMasterStudio(input: $input) {
      id
      version
      retiredAt
      retiredReason
    }
  }
`);

/** Refused before it is sent: a studio closes only when the box says so. */
const unconfirmed = refusedBeforeSending('confirm', 'confirm', 'Tick the box to confirm: a retired studio no longer changes.');

export interface EditableStudio extends StudioDetails {
  level: StudioLevel;
}

/** The studio's write forms, for BUREAU_ADMIN: a promotion or demotion, its details, and its retirement. */
export function StudioEditor({ studio, reload }: { studio: EditableStudio; reload: () => void }) {
  const { t } = useTranslation();
  const [, sendLevelChange] = useMutation(RecordLevelChange);
  const recordLevelChange = useCreate(sendLevelChange);
  const [, retire] = useMutation(RetireStudio);

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
          return (await recordLevelChange(input)).error;
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
            <YearField label={t('edit.year')} name="year" errors={errors} />
            <Field label={t('edit.note')} name="note" errors={errors}>
              {(input) => <textarea {...input} rows={2} />}
            </Field>
          </>
        )}
      </EditForm>

      {/* A new form after each version: its defaults are the record as it is now. */}
      <StudioDetailsForm key={studio.version} studio={studio} reload={reload} />

      <EditForm
        title={t('edit.retire')}
        testId="retire-studio"
        submitLabel={t('edit.retireSubmit')}
        danger
        fields={['reason', 'confirm']}
        reload={reload}
        save={async (data) => {
          if (!data.has('confirm')) return unconfirmed;
          return (await retire({ input: { id: studio.id, version: studio.version, reason: String(data.get('reason') ?? '') } })).error;
        }}
      >
        {(errors) => (
          <>
            <p className="subtitle">{t('edit.retireHint')}</p>
            <Field label={t('edit.retireReason')} name="reason" errors={errors}>
              {(input) => <textarea {...input} rows={2} />}
            </Field>
            <Field label={t('edit.retireConfirm')} name="confirm" errors={errors}>
              {(input) => <input {...input} type="checkbox" />}
            </Field>
          </>
        )}
      </EditForm>
    </div>
  );
}
