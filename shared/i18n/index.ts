/** Translation for main and the window: one i18next instance per process, every message bundled. */
export * from './instance';
export * from './languages';
export * from './format';
