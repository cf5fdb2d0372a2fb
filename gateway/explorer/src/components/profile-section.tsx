import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Registry, RegistryUnavailable } from './query-state.tsx';

interface SectionProps {
  id: string;
  title: string;
  /** The registry that answers this part, named as its users know it: the profile shows the federation at work. */
  registry: Registry;
  empty: boolean;
  /** The registry's fields came back null: it did not answer this time. */
  unavailable?: boolean;
  children: ReactNode;
}

/** One part of a profile, with the registry that answered it; says so when that registry did not answer, or had nothing. */
export function ProfileSection({ id, title, registry, empty, unavailable, children }: SectionProps) {
  const { t } = useTranslation();
  const name = t(`registry.${registry}`);
  return (
    <section className="card" aria-labelledby={`profile-${id}`} data-testid={`profile-${id}`}>
      <h2 id={`profile-${id}`}>{title}</h2>
      <p className="registry" data-registry={registry}>
        {t('registry.from', { registry: name })}
      </p>
      {unavailable ? (
        <RegistryUnavailable registry={registry} />
      ) : empty ? (
        <p className="subtitle">{t('common.none')}</p>
      ) : (
        children
      )}
    </section>
  );
}
