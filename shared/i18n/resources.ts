import enCommon from './locales/en/common';
import enComposer from './locales/en/composer';
import enDesktop from './locales/en/desktop';
import enErrors from './locales/en/errors';
import enFinishing from './locales/en/finishing';
import enJobs from './locales/en/jobs';
import enLibrary from './locales/en/library';
import enMaking from './locales/en/making';
import enProjects from './locales/en/projects';
import enRules from './locales/en/rules';
import enSettings from './locales/en/settings';
import enShell from './locales/en/shell';
import enStudio from './locales/en/studio';
import enTools from './locales/en/tools';
import zhCommon from './locales/zh-CN/common';
import zhComposer from './locales/zh-CN/composer';
import zhDesktop from './locales/zh-CN/desktop';
import zhErrors from './locales/zh-CN/errors';
import zhFinishing from './locales/zh-CN/finishing';
import zhJobs from './locales/zh-CN/jobs';
import zhLibrary from './locales/zh-CN/library';
import zhMaking from './locales/zh-CN/making';
import zhProjects from './locales/zh-CN/projects';
import zhRules from './locales/zh-CN/rules';
import zhSettings from './locales/zh-CN/settings';
import zhShell from './locales/zh-CN/shell';
import zhStudio from './locales/zh-CN/studio';
import zhTools from './locales/zh-CN/tools';

/**
 * Every message, by language and namespace. A namespace is one part of the product (the
 * composer, the library…) so each part's wording lives in one file per language. Main's
 * messages (`errors`, and the model rules in `rules` shared with the window) are here too: main
 * writes them in the person's language before they cross IPC.
 */
export const resources = {
  en: {
    common: enCommon,
    composer: enComposer,
    desktop: enDesktop,
    errors: enErrors,
    finishing: enFinishing,
    jobs: enJobs,
    library: enLibrary,
    making: enMaking,
    projects: enProjects,
    rules: enRules,
    settings: enSettings,
    shell: enShell,
    studio: enStudio,
    tools: enTools,
  },
  'zh-CN': {
    common: zhCommon,
    composer: zhComposer,
    desktop: zhDesktop,
    errors: zhErrors,
    finishing: zhFinishing,
    jobs: zhJobs,
    library: zhLibrary,
    making: zhMaking,
    projects: zhProjects,
    rules: zhRules,
    settings: zhSettings,
    shell: zhShell,
    studio: zhStudio,
    tools: zhTools,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
