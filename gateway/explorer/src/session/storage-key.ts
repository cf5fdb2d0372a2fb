/** Where the signed-in token is kept for the browser tab (sessionStorage); tests set it too. */
export const SESSION_STORAGE_KEY = 'partnership.session-token';
