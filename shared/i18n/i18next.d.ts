import type { resources } from './resources';

// Keys are checked by the compiler: `t('composer:generate')` fails to build if English has no
// such message.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
