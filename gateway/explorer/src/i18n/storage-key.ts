/** Where the chosen interface language is remembered between visits (localStorage). */
export const LANGUAGE_STORAGE_KEY = 'explorer.language';
