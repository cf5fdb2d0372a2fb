import type { ReactNode } from 'react';
import { Options } from './options.tsx';
import { ChoicesUnavailable, type Registry } from './query-state.tsx';

interface Props<T> {
  /** The attributes from its Field. */
  input: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
  items: readonly T[] | null | undefined;
  value: (item: T) => string;
  label: (item: T) => ReactNode;
  /** The first choice, empty: none, not stated, or "pick one". */
  blank: string;
  defaultValue?: string;
  /** The registry that holds the choices did not answer: the select is disabled, and says so. */
  missing: boolean;
  registry: Registry;
}

/** A select of another registry's records (a catalogue, a school's majors), with a blank first choice. */
export function RegistrySelect<T>({ input, items, value, label, blank, defaultValue = '', missing, registry }: Props<T>) {
  return (
    <>
      <select {...input} defaultValue={defaultValue} disabled={missing}>
        <option value="">{blank}</option>
        <Options items={items} value={value} label={label} />
      </select>
      {missing && <ChoicesUnavailable registry={registry} />}
    </>
  );
}
