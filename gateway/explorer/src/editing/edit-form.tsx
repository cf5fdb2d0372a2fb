import { type FormEvent, Fragment, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { ruleMessage } from './rule-message.ts';
import { writeProblems, type WriteProblems } from './write-errors.ts';

interface Props {
  title: string;
  testId: string;
  /** The button's words when they are not 保存: a form that creates says what it creates. */
  submitLabel?: string;
  /** A write that cannot be taken back (a retirement) looks it. */
  danger?: boolean;
  /** A form that records something new empties after a save, ready for the next, so that a second click records nothing twice. */
  emptyAfterSave?: boolean;
  /** The field names the API may blame (`input.<name>`). */
  fields: readonly string[];
  /** Sends the write; resolves with the API's error, if any. */
  save: (data: FormData) => Promise<CombinedError | undefined>;
  /** Reads the record again: after a save (trusted documents carry no __typename for urql's cache to invalidate by) and after a version conflict. */
  reload: () => void;
  children: (problems: WriteProblems['fields']) => ReactNode;
}

/** A write form: field-level errors beside the fields, a version conflict explained with a reload. */
export function EditForm({ title, testId, submitLabel, danger, emptyAfterSave, fields, save, reload, children }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<WriteProblems>();
  const [saved, setSaved] = useState(false);
  const [generation, setGeneration] = useState(0);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setSaved(false);
    const error = await save(new FormData(form));
    setBusy(false);
    setProblems(error && writeProblems(error, t, fields));
    setSaved(!error);
    // Drawn anew, its fields empty: pickers keep their choice in state, which a form reset leaves.
    if (!error && emptyAfterSave) setGeneration((g) => g + 1);
    if (!error) reload();
  };

  return (
    <form className={danger ? 'card edit-form danger' : 'card edit-form'} onSubmit={submit} aria-label={title} data-testid={testId} noValidate>
      <h2>{title}</h2>
      <Fragment key={generation}>{children(problems?.fields ?? {})}</Fragment>
      {problems?.conflict && (
        <div className="notice notice-error" role="alert" data-testid="version-conflict">
          <p>{t('edit.conflict')}</p>
          <button
            type="button"
            onClick={() => {
              setProblems(undefined);
              reload();
            }}
            data-testid="reload"
          >
            {t('edit.reload')}
          </button>
        </div>
      )}
      {problems?.form && (
        <p className="notice notice-error" role="alert">
          {problems.form}
        </p>
      )}
      {saved && <p role="status" className="notice">{t('edit.saved')}</p>}
      <button type="submit" disabled={busy}>
        {busy ? t('edit.saving') : (submitLabel ?? t('edit.save'))}
      </button>
    </form>
  );
}

/**
 * One labelled input with its error underneath: `children` draws the input, given the attributes that tie it to its label and error.
 * Its ids are its own: a page may hold several forms with the same fields (an enterprise's pay policies and a new one).
 */
export function Field({ label, name, errors, children }: { label: string; name: string; errors: WriteProblems['fields']; children: (input: InputProps) => ReactNode }) {
  const { t } = useTranslation();
  const id = `field-${name}-${useId()}`;
  const issue = errors[name];
  const error = issue && ruleMessage(issue, label, t);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(inputProps(id, name, error))}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid={`error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = ReturnType<typeof inputProps>;

/** Attributes tying an input to its Field: id, name, and the error it is described by. */
const inputProps = (id: string, name: string, error?: string) => ({
  id,
  name,
  'aria-invalid': !!error,
  ...(error && { 'aria-describedby': `${id}-error` }),
});

/** A new record's Chinese name (required) and English name (optional), as every register form asks them. */
export function NameFields({ label, placeholder, errors, names }: { label: string; placeholder: string; errors: WriteProblems['fields']; names?: { name: string; nameEn?: string | null } }) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={label} name="name" errors={errors}>
        {(input) => <input {...input} placeholder={placeholder} defaultValue={names?.name} />}
      </Field>
      <Field label={t('edit.nameEn')} name="nameEn" errors={errors}>
        {(input) => <input {...input} lang="en" defaultValue={names?.nameEn ?? ''} />}
      </Field>
    </>
  );
}

/**
 * A year: the record's, blank when it has none (null), or this year for a new record (undefined):
 * most records are of something that happened this year.
 */
export function YearField({ label, name, errors, year }: { label: string; name: string; errors: WriteProblems['fields']; year?: number | null }) {
  return (
    <Field label={label} name={name} errors={errors}>
      {(input) => <input {...input} type="number" defaultValue={year === undefined ? new Date().getFullYear() : (year ?? '')} />}
    </Field>
  );
}

/** What NameFields hold, as the API takes them: a blank name is sent, for the API to refuse beside its field. */
export const namesFrom = (data: FormData) => ({ name: String(data.get('name') ?? ''), nameEn: optionalText(data, 'nameEn') });

/** A form value as an optional number: empty means "leave it out". */
export function optionalNumber(data: FormData, name: string): number | undefined {
  const text = String(data.get(name) ?? '').trim();
  return text === '' ? undefined : Number(text);
}

/** A form value as optional text: empty means "leave it out". */
export function optionalText(data: FormData, name: string): string | undefined {
  const text = String(data.get(name) ?? '').trim();
  return text === '' ? undefined : text;
}

/**
 * Sends a create with an idempotency key: one key per record meant, new after each success, so a
 * retry after a lost answer records nothing twice and the next record is not taken for the last.
 */
export function useCreate<Input, Result extends { error?: CombinedError }>(create: (variables: { input: Input; idempotencyKey: string }) => Promise<Result>) {
  const key = useRef<string>(undefined);
  return async (input: Input): Promise<Result> => {
    key.current ??= crypto.randomUUID();
    const result = await create({ input, idempotencyKey: key.current });
    if (!result.error) key.current = undefined;
    return result;
  };
}
