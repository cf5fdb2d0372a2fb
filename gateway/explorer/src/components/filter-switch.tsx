import { useTranslation } from 'react-i18next';

/** A list's on/off filter, kept in the address by its page. */
export function FilterSwitch({ label, checked, onChange, testId }: { label: string; checked: boolean; onChange: (on: boolean) => void; testId: string }) {
  return (
    <label className="switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {label}
    </label>
  );
}

/** The "hide generated records" switch of a list. */
export function HideGeneratedSwitch({ checked, onChange }: { checked: boolean; onChange: (hide: boolean) => void }) {
  const { t } = useTranslation();
  return <FilterSwitch label={t('common.hideGenerated')} checked={checked} onChange={onChange} testId="hide-generated" />;
}
