import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { translatorFor } from './i18n/catalogs';
import { TranslationContext } from './i18n/translation-context';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <TranslationContext.Provider value={translatorFor(navigator.language)}>
        <App />
      </TranslationContext.Provider>
    </StrictMode>,
  );
}
