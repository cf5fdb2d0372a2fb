import { useTranslation } from 'react-i18next';

/**
 * One click to the other language; i18next remembers the choice in localStorage and sets <html lang>.
 * Its name is what it shows ("English"), as speech input expects; the title says what it does.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      title={t('app.switchToLabel')}
      data-testid="language-switch"
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('app.switchTo')}
    </button>
  );
}
