import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppServices } from './app/services';
import { startI18n } from './shared/i18n/i18n';
import './styles.css';

const services = createAppServices();
services.session.listen(window);
// Restoring the session and loading the language run side by side: both are network waits.
void services.session.start();

void startI18n().then(() => {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App services={services} />
    </StrictMode>,
  );
});
