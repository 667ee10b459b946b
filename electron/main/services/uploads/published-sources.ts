import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { readStateFile, writeStateFile } from '../fs/json-state-file';
import { isImageId } from '../images/staged-folder';

const UrlSchema = z.string().max(4096);

/**
 * Where the bytes behind one uploaded URL came from. Every field is optional and checked on its
 * own, so a record from an older version (a staged id only) or a partly damaged one still reads.
 */
const SourceSchema = z.object({
  kind: z.enum(['image', 'video', 'audio']),
  /** The name of the file the person chose, shown again when it is restored. */
  name: z.string().max(260).optional(),
  /** The app's own staged copy (`staged-images/<id>.png|jpg`), while it is kept. */
  staged: z.string().refine(isImageId).optional(),
  /** The file the person dropped or picked: absolute, as main read it. */
  path: z
    .string()
    .max(4096)
    .refine((path) => isAbsolute(path) && !path.includes('\0'))
    .optional(),
  /** sha256 of the bytes that were sent, hex. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /** Size in bytes and last change (ms since the epoch) of `path` when it was sent. */
  size: z.number().int().nonnegative().optional(),
  mtimeMs: z.number().nonnegative().optional(),
});
export type PublishedSource = z.infer<typeof SourceSchema>;

const FileSchema = z.object({
  // The first shape of this file: uploaded image URL → the id of its staged copy. Still read,
  // and still written beside `sources`, so an older version of the app keeps its thumbnails.
  uploads: z.record(UrlSchema, z.string()).optional(),
  // A damaged entry is dropped on its own instead of setting the whole record aside.
  sources: z.record(UrlSchema, SourceSchema.nullable().catch(null)).optional(),
});
type Entries = Record<string, PublishedSource>;

/** Entries kept at most; the oldest go first, so the file stays small. */
const MAX_ENTRIES = 500;

/**
 * `upload-previews.json`: for each URL a local file was published to, where its bytes came from
 * (the staged copy, the original file, its hash or size and time), so a clip's inputs can be
 * shown and put back from this computer rather than from an address that may have expired.
 * A missing or unreadable record only means nothing is found; it never blocks an upload.
 */
export class PublishedSources {
  private loading: Promise<Entries> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Records that `url` holds the bytes described by `source`; the newest entry wins. */
  async remember(url: string, source: PublishedSource): Promise<void> {
    const checked = SourceSchema.safeParse(source);
    if (!checked.success || url.length > 4096) return;
    const entries = await this.load();
    delete entries[url];
    entries[url] = checked.data;
    const urls = Object.keys(entries);
    for (const old of urls.slice(0, Math.max(0, urls.length - MAX_ENTRIES))) delete entries[old];
    const uploads: Record<string, string> = {};
    for (const [key, entry] of Object.entries(entries))
      if (entry.staged !== undefined) uploads[key] = entry.staged;
    const snapshot = { uploads, sources: { ...entries } };
    // Chained so an older snapshot never lands after a newer one.
    const write = this.writing.then(() => writeStateFile(this.path, snapshot));
    this.writing = write.catch(() => undefined);
    await write;
  }

  /** What is known about the bytes behind `url`, or null when it was not published from here. */
  async lookup(url: string): Promise<PublishedSource | null> {
    return (await this.load())[url] ?? null;
  }

  private load(): Promise<Entries> {
    this.loading ??= readStateFile(this.path, FileSchema, { now: () => new Date() })
      .then((read): Entries => {
        if (read.kind === 'setAside')
          this.log(`The list of uploaded files was unreadable and was set aside as ${read.path}`);
        return read.kind === 'value' ? merge(read.value) : {};
      })
      .catch((): Entries => ({}));
    return this.loading;
  }
}

function merge(file: z.infer<typeof FileSchema>): Entries {
  const entries: Entries = {};
  for (const [url, id] of Object.entries(file.uploads ?? {}))
    if (isImageId(id)) entries[url] = { kind: 'image', staged: id };
  for (const [url, source] of Object.entries(file.sources ?? {}))
    if (source !== null) entries[url] = source;
  return entries;
}
