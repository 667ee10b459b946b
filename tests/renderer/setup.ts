import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAllStores } from '../../renderer/src/stores/reset-stores';
import { installDialogPolyfill } from './dialog-polyfill';

installDialogPolyfill();

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  resetAllStores();
  Reflect.deleteProperty(window, 'kling');
});
