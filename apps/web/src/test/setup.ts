import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { i18n, startI18n } from '../shared/i18n/i18n';

// `findBy…` waits up to 1 s by default; on a loaded two-core machine a lazily loaded page can take longer.
configure({ asyncUtilTimeout: 4000 });

// Tests read the English catalog, whatever the machine's locale.
beforeAll(async () => {
  await startI18n({ stored: null, preferred: ['en'] });
});

beforeEach(async () => {
  localStorage.clear();
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
});
