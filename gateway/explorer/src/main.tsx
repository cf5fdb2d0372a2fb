import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { App } from './app.tsx';
import { createClient } from './client.ts';
import { i18n } from './i18n/index.ts';
import { finishOidcSignIn } from './session/oidc.ts';
import { useSession } from './session/session.ts';
import './styles.css';

// Back from the identity provider's login page: sign in before the first render.
await finishOidcSignIn();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SignedInClient />
    </I18nextProvider>
  </StrictMode>,
);

/** A new client on sign-in and sign-out: requests carry the token, and nothing cached crosses identities. */
function SignedInClient() {
  const token = useSession()?.token;
  const client = useMemo(() => createClient(token), [token]);
  return (
    <Provider value={client}>
      <App />
    </Provider>
  );
}
