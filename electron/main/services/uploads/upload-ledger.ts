import { z } from 'zod';
import { readStateFile, writeStateFile } from '../fs/json-state-file';

/**
 * AceData keeps uploads about 7 days; a URL younger than 6 is reused, so a job submitted from
 * it still has a day of margin before the file disappears.
 */
export const UPLOAD_REUSE_MS = 6 * 24 * 60 * 60 * 1000;

const LedgerSchema = z.object({
  uploads: z.record(
    z.string().regex(/^[0-9a-f]{64}$/),
    z.object({ url: z.string(), uploadedAt: z.string() }),
  ),
});
type Entries = z.infer<typeof LedgerSchema>['uploads'];

/** `uploads.json`: sha256 of the bytes → the public URL they were uploaded to, and when. */
export class UploadLedger {
  private loading: Promise<Entries> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly now: () => number,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** The URL of an earlier upload of these bytes that is still young enough to use. */
  async lookup(sha256: string): Promise<string | null> {
    const entry = (await this.load())[sha256];
    return entry && this.isFresh(entry.uploadedAt) ? entry.url : null;
  }

  async record(sha256: string, url: string): Promise<void> {
    const entries = await this.load();
    entries[sha256] = { url, uploadedAt: new Date(this.now()).toISOString() };
    // Expired entries are dropped on each write, so the file stays small.
    for (const [key, entry] of Object.entries(entries)) {
      if (!this.isFresh(entry.uploadedAt)) delete entries[key];
    }
    const snapshot = { uploads: { ...entries } };
    // Writes are chained so an older snapshot never lands after a newer one.
    const write = this.writing.then(() => writeStateFile(this.path, snapshot));
    this.writing = write.catch(() => undefined);
    await write;
  }

  private isFresh(uploadedAt: string): boolean {
    const age = this.now() - Date.parse(uploadedAt);
    // A date in the future (clock changed, edited file) is not trusted: upload again.
    return Number.isFinite(age) && age >= 0 && age < UPLOAD_REUSE_MS;
  }

  private load(): Promise<Entries> {
    // One read, shared by concurrent callers, so a damaged file is set aside once.
    this.loading ??= readStateFile(this.path, LedgerSchema, { now: () => new Date(this.now()) })
      .then((read): Entries => {
        if (read.kind === 'value') return { ...read.value.uploads };
        if (read.kind === 'setAside')
          this.log(
            `The upload list was unreadable and was set aside as ${read.path} (${read.reason}); files will be uploaded again`,
          );
        return {};
      })
      .catch((error: unknown): Entries => {
        // Without the list, images are merely uploaded again; that must not block an upload.
        this.log(
          `The upload list could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        );
        return {};
      });
    return this.loading;
  }
}
