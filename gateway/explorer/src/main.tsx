import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { Provider } from 'urql';
import { App } from './app.tsx';
import { client } from './client.ts';
import { i18n } from './i18n/index.ts';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Provider value={client}>
        <App />
      </Provider>
    </I18nextProvider>
  </StrictMode>,
);
