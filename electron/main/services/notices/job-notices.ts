import type { EventName, EventPayload } from '../../../../shared/contract';
import { t } from '../../../../shared/i18n';
import type { Job } from '../../../../shared/domain';
import { plainProviderText } from '../../../../shared/provider-text';
import { DownloadProgress } from '../jobs/download-progress';

/** One OS notification, as the desktop adapter shows it. */
export interface Notice {
  title: string;
  body: string;
  /** True: no sound with it (the person has not asked for one). */
  silent: boolean;
  /** The clip a click opens; null when there is none (a failure). */
  clipId: string | null;
}

/** What the desktop offers (an Electron adapter in the app, a fake in tests). */
export interface DesktopSignals {
  /** Shows a notification; `onClick` runs when the person clicks it. */
  notify(notice: Notice, onClick: () => void): void;
  /** Progress on the dock or taskbar icon, 0…1; null removes it. */
  setProgress(fraction: number | null): void;
  /** Brings the app's window to the front. */
  focusWindow(): void;
}

export interface JobNoticesOptions {
  signals: DesktopSignals;
  /** Whether notifications make a sound (a preference, off unless chosen). */
  soundOn: () => Promise<boolean>;
  /** Pushes an event to the window: a clicked notice opens its clip there. */
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  log?: (message: string, error?: unknown) => void;
}

const BODY_MAX_CHARS = 160;

/**
 * What the desktop says about jobs: a notification when one is ready (clicking it opens the
 * clip) or failed (clicking it brings the window forward, where the queue says what to do),
 * with a sound only when the person asked for one, and the downloads under way as one fraction
 * on the dock or taskbar icon, removed when none is left. Provider text is shown without markup.
 */
export class JobNotices {
  private readonly progress: DownloadProgress;
  private shownFraction: number | null = null;

  constructor(private readonly options: JobNoticesOptions) {
    this.progress = new DownloadProgress((fraction) => this.showProgress(fraction));
  }

  /** Every change of a job: downloads move the icon's progress. */
  jobChanged(job: Job): void {
    this.progress.update(job);
  }

  /** A job ended (ready or failed); any other state is not announced. */
  async jobFinished(job: Job): Promise<void> {
    const notice = await this.noticeFor(job);
    if (!notice) return;
    this.options.signals.notify(notice, () => this.clicked(notice));
  }

  /**
   * The notification a finished job gets, or null for a state that is not an end.
   * A failure's message is the job's own ("Kling could not make this video: …").
   */
  async noticeFor(job: Job): Promise<Notice | null> {
    if (job.state !== 'ready' && job.state !== 'failed') return null;
    let silent = true;
    try {
      silent = !(await this.options.soundOn());
    } catch (error) {
      // An unreadable preference must not cost the notification itself; it stays quiet.
      this.options.log?.('the notification sound preference could not be read', error);
    }
    if (job.state === 'ready') {
      const prompt = plainProviderText(job.prompt, BODY_MAX_CHARS);
      return {
        title: t('desktop:notice.readyTitle'),
        body: prompt
          ? t('desktop:notice.readyBody', { prompt })
          : t('desktop:notice.readyBodyNoPrompt'),
        silent,
        clipId: job.clipId,
      };
    }
    const why = job.error ? plainProviderText(job.error.message, BODY_MAX_CHARS) : '';
    return {
      title: t('desktop:notice.failedTitle'),
      body: why || t('desktop:notice.failedBody'),
      silent,
      clipId: null,
    };
  }

  private clicked(notice: Notice): void {
    this.options.signals.focusWindow();
    if (notice.clipId) this.options.emit('library:openClip', { clipId: notice.clipId });
  }

  private showProgress(fraction: number | null): void {
    // Every job change passes here; the icon is only touched when what it shows changes.
    if (fraction === this.shownFraction) return;
    this.shownFraction = fraction;
    this.options.signals.setProgress(fraction);
  }
}
