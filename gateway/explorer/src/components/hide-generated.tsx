import { useTranslation } from 'react-i18next';

/** The "hide generated records" switch of a list. */
export function HideGeneratedSwitch({ checked, onChange }: { checked: boolean; onChange: (hide: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <label className="switch">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid="hide-generated" />
      {t('common.hideGenerated')}
    </label>
  );
}
