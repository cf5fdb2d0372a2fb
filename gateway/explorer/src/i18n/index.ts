import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { LANGUAGE_STORAGE_KEY } from './storage-key.ts';
import { zhCN } from './zh-CN.ts';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];


/** Chinese unless the visitor chose English here before: the registries' users work in Chinese. */
export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
});

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    supportedLngs: LANGUAGES,
    fallbackLng: 'zh-CN',
    load: 'currentOnly',
    detection: { order: ['localStorage'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: ['localStorage'] },
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false, // the resources are bundled: ready before the first render
  });

// English names a kind in lower case within a sentence ("order classes"), capitalised as a heading.
i18n.services.formatter?.add('lowercase', (value: string) => value.toLowerCase());

export const currentLanguage = (): Language => (i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN');
