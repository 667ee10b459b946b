import { mkdir } from 'node:fs/promises';
import { indexPath, saveIndex, type IndexedProject } from './library-index';

const SAVE_DELAY_MS = 1_000;

export interface IndexSaverOptions {
  /** Where the index lives; without it nothing is saved (and nothing is read). */
  dataDir: string | undefined;
  /** The workspace and the projects to save, read at the moment of saving. */
  snapshot: () => { workspace: string; projects: IndexedProject[] };
  log: (message: string) => void;
}

/**
 * Saves the library index a second after the last change, or at once on `flush`. The index
 * is a cache: a failed save only costs a slower next start, so it is logged and retried on
 * the next change, never thrown.
 */
export class IndexSaver {
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(private readonly options: IndexSaverOptions) {}

  /** The index file of `workspace`, or null when no index is kept. */
  fileFor(workspace: string): string | null {
    return this.options.dataDir ? indexPath(this.options.dataDir, workspace) : null;
  }

  /** Something changed: save shortly (changes in the same second make one write). */
  schedule(): void {
    this.dirty = true;
    if (this.timer || !this.options.dataDir) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** The index on disk already says what memory holds. */
  markClean(): void {
    this.cancel();
    this.dirty = false;
  }

  /** Writes the index now if anything changed since the last save. */
  async flush(): Promise<void> {
    this.cancel();
    const dataDir = this.options.dataDir;
    if (!this.dirty || !dataDir) return;
    this.dirty = false;
    const { workspace, projects } = this.options.snapshot();
    try {
      await mkdir(dataDir, { recursive: true });
      await saveIndex(indexPath(dataDir, workspace), workspace, projects);
    } catch (error) {
      this.dirty = true;
      this.options.log(
        `could not save the library index: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
