import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { switchLanguage } from '../../shared/i18n';
import { resetAllStores } from '../../renderer/src/stores/reset-stores';
import { installDialogPolyfill } from './dialog-polyfill';

installDialogPolyfill();
// findBy/waitFor give up after 1 s by default; on a loaded two-core machine the first render of
// a file (cold JIT, a cache answer, a virtualised grid) has taken longer than that.
configure({ asyncUtilTimeout: 5_000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(async () => {
  cleanup();
  // A test that switched to Chinese must not leave the next one reading Chinese.
  await switchLanguage('en');
  document.documentElement.lang = 'en';
  resetAllStores();
  Reflect.deleteProperty(window, 'kling');
});
