import { z } from 'zod';
import {
  DEFAULT_PROXY_CHOICE,
  ProxyChoiceSchema,
  type ProxyChoice,
} from '../../../../shared/proxy-choice';
import { DEFAULT_THEME, ThemeSchema, type Theme } from '../../../../shared/appearance';
import {
  DEFAULT_LANGUAGE_SETTING,
  LanguageSettingSchema,
  type LanguageSetting,
} from '../../../../shared/i18n/languages';
import { jsonStateFile, type StateFile } from '../fs/json-state-file';

/** The preferences file's name inside the app's data folder. */
export const PREFERENCES_FILE = 'preferences.json';

/**
 * Preferences that are not secrets; tokens never go here. Unknown keys are kept, so a newer
 * app's settings survive a run of this one.
 */
const PreferencesSchema = z.looseObject({
  workspaceDir: z.string().min(1).nullable().default(null),
  uploadConsent: z
    .object({ accepted: z.boolean(), decidedAt: z.string() })
    .nullable()
    .default(null),
  // A proxy entry this version cannot read falls back to the system's settings on its own,
  // rather than setting the whole file aside.
  proxy: ProxyChoiceSchema.default(DEFAULT_PROXY_CHOICE).catch(DEFAULT_PROXY_CHOICE),
  /** A sound with the notification of a finished or failed video; off until asked for. */
  notificationSound: z.boolean().default(false).catch(false),
  theme: ThemeSchema.default(DEFAULT_THEME).catch(DEFAULT_THEME),
  language: LanguageSettingSchema.default(DEFAULT_LANGUAGE_SETTING).catch(DEFAULT_LANGUAGE_SETTING),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

/** Whether the user agreed that uploaded images are published on AceData's CDN. */
export interface ConsentStore {
  read(): Promise<boolean>;
  write(accepted: boolean): Promise<void>;
}

export interface PreferencesStoreOptions {
  /** Time for the consent's `decidedAt` and the set-aside name; defaults to the system clock. */
  now?: () => Date;
  /** Told when a damaged file was set aside or the file could not be read. */
  log?: (message: string) => void;
  /**
   * Where the preferences are kept, given their schema. Defaults to the JSON file at the
   * store's path; the app passes one kept by electron-store at that same path.
   */
  file?: (schema: z.ZodType<Preferences>) => StateFile<Preferences>;
}

/**
 * The person's preferences in one JSON file, read once and written through on each change. A
 * damaged file is set aside beside itself and reported through `log`; the app then starts
 * from the defaults (the workspace under Videos, no upload consent) instead of refusing to.
 */
export class PreferencesStore {
  private loading: Promise<Preferences> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly now: () => Date;
  private readonly log: (message: string) => void;
  private readonly file: StateFile<Preferences>;

  /** Upload consent kept with the other preferences; no answer on record means no. */
  readonly consent: ConsentStore = {
    read: async () => (await this.load()).uploadConsent?.accepted ?? false,
    write: (accepted) =>
      this.change({ uploadConsent: { accepted, decidedAt: this.now().toISOString() } }),
  };

  constructor(path: string, options: PreferencesStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.log = options.log ?? (() => undefined);
    this.file = options.file
      ? options.file(PreferencesSchema)
      : jsonStateFile(path, PreferencesSchema, { now: this.now });
  }

  /** The workspace folder the person chose, or null for the default. */
  async workspaceDir(): Promise<string | null> {
    return (await this.load()).workspaceDir;
  }

  /** Remembers the workspace the person chose, for the next start. */
  setWorkspaceDir(dir: string): Promise<void> {
    return this.change({ workspaceDir: dir });
  }

  /** How main reaches the network; the system's proxy settings unless chosen otherwise. */
  async proxy(): Promise<ProxyChoice> {
    return (await this.load()).proxy;
  }

  /** Remembers the proxy choice, already checked, for this run and the next. */
  setProxy(choice: ProxyChoice): Promise<void> {
    return this.change({ proxy: choice });
  }

  /** Whether notifications make a sound; false unless the person turned it on. */
  async notificationSound(): Promise<boolean> {
    return (await this.load()).notificationSound;
  }

  setNotificationSound(on: boolean): Promise<void> {
    return this.change({ notificationSound: on });
  }

  async theme(): Promise<Theme> {
    return (await this.load()).theme;
  }

  setTheme(theme: Theme): Promise<void> {
    return this.change({ theme });
  }

  /** The language picked in Settings; "system" unless the person chose one. */
  async language(): Promise<LanguageSetting> {
    return (await this.load()).language;
  }

  setLanguage(language: LanguageSetting): Promise<void> {
    return this.change({ language });
  }

  private async change(patch: Partial<Preferences>): Promise<void> {
    const next = Object.assign(await this.load(), patch);
    const snapshot = { ...next };
    // Chained, so an older snapshot never lands after a newer one.
    const write = this.writing.then(() => this.file.write(snapshot));
    this.writing = write.catch(() => undefined);
    await write;
  }

  private load(): Promise<Preferences> {
    // One read shared by every caller, so a damaged file is set aside and reported once.
    this.loading ??= this.file
      .read()
      .then((read) => {
        if (read.kind === 'value') return read.value;
        if (read.kind === 'setAside')
          this.log(
            `The preferences file was damaged (${read.reason}); it was set aside as ${read.path} and defaults are used.`,
          );
        return PreferencesSchema.parse({});
      })
      .catch((error: unknown) => {
        // Unreadable (permissions, say): run on defaults rather than not start at all.
        this.log(
          `The preferences file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); defaults are used.`,
        );
        return PreferencesSchema.parse({});
      });
    return this.loading;
  }
}
