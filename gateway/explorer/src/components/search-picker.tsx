import type { TFunction } from 'i18next';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TypedDocumentNode, useQuery } from 'urql';
import { bilingual } from '../labels.ts';
import { ChoicesUnavailable, choicesMissing, type Registry } from './query-state.tsx';

/** A record to pick; without a name when its registry did not answer. */
export interface Choice {
  id: string;
  name?: string;
  nameEn?: string | null;
}

/** A choice by its names, or by its id when its registry did not answer. */
export const choiceLabel = (choice: Choice, t: TFunction) => (choice.name ? bilingual(choice.name, choice.nameEn) : t('picker.byId', { id: choice.id }));

interface Props<Data> {
  /** The attributes from its Field: the text box takes the id, a hidden input the name and the chosen id (empty: none). */
  input: { id: string; name: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
  current?: Choice | null;
  /** Searches the registry by the typed text. */
  query: TypedDocumentNode<Data, { text: string }>;
  results: (data: Data | undefined) => Choice[] | null | undefined;
  registry: Registry;
  /** Offered first when the field may be empty. */
  none?: string;
  testId: string;
}

/**
 * A combobox (WAI-ARIA's list autocomplete): type part of a name, pick with the arrow keys and
 * Enter or a tap; Escape or leaving the box puts back what was chosen. The current choice shows by
 * name; a registry that does not answer leaves it chosen and says so.
 */
export function SearchPicker<Data>({ input: { name, ...box }, current, query, results, registry, none, testId }: Props<Data>) {
  const { t } = useTranslation();
  const listId = useId();
  const label = (choice?: Choice | null) => (choice ? choiceLabel(choice, t) : (none ?? ''));
  const [chosen, setChosen] = useState(current ?? null);
  const [text, setText] = useState(label(current));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Asks once typing pauses, not at every keystroke; the chosen name as it stands is no search.
  const typed = open && text !== label(chosen) ? text.trim() : '';
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(typed), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const [found] = useQuery({ query, variables: { text: asked }, pause: !asked });
  const matches = asked ? results(found.data) : [];
  const options: (Choice | null)[] = [...(none ? [null] : []), ...(matches ?? [])];

  const choose = (choice: Choice | null) => {
    setChosen(choice);
    setText(label(choice));
    setOpen(false);
  };
  const close = () => {
    setText(label(chosen));
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(open ? (active + step + options.length) % Math.max(options.length, 1) : 0);
      setOpen(true);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault(); // picks, rather than submitting the form
      if (options[active] !== undefined) choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  const status = !asked ? t('picker.typeToSearch') : found.fetching ? t('picker.searching') : matches?.length === 0 ? t('picker.noMatch', { text: asked }) : undefined;

  return (
    <div className="picker" data-testid={testId}>
      <input
        {...box}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options.length ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={t('picker.placeholder')}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(none ? 1 : 0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={(event) => event.target.select()}
        onBlur={close}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ''} />
      <div className="picker-popup" hidden={!open}>
        <ul id={listId} role="listbox">
          {options.map((option, i) => (
            <li
              key={option?.id ?? ''}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Before the box's blur, which would close the list first.
              onMouseDown={(event) => (event.preventDefault(), choose(option))}
            >
              {option ? (
                <>
                  <span lang="zh-CN">{option.name}</span>
                  {option.nameEn && <span className="subtitle" lang="en"> · {option.nameEn}</span>}
                </>
              ) : (
                none
              )}
            </li>
          ))}
        </ul>
        {status && <p className="subtitle">{status}</p>}
      </div>
      {/* Known by id only: its registry is not answering, so neither will it search. */}
      {((current && !current.name) || (asked && choicesMissing(found, matches))) && <ChoicesUnavailable registry={registry} />}
    </div>
  );
}
