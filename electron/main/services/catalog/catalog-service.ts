import { z } from 'zod';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { CatalogItemSchema } from '../../../../shared/catalog';
import type { CatalogItem, CatalogKind, CatalogList } from '../../../../shared/catalog';
import { jsonStateFile, type StateFile } from '../fs/json-state-file';
import { ApiError } from '../kling/api-errors';
import { catalogItems, singleItem } from './catalog-answer';

const PAGE_SIZE = 50;
/** A bound on paging, so a provider that never stops answering cannot hold the list forever. */
const MAX_PAGES = 20;

const CachedListSchema = z.object({ items: z.array(CatalogItemSchema), fetchedAt: z.string() });
const CacheSchema = z.object({
  version: z.literal(1),
  elements: CachedListSchema.nullable().default(null),
  voices: CachedListSchema.nullable().default(null),
});
type Cache = z.infer<typeof CacheSchema>;

const PATHS = { elements: '/kling/elements', voices: '/kling/voices' } as const;
const ID_KEYS = { elements: 'element_id', voices: 'voice_id' } as const;

export interface CatalogClient {
  query(path: `/kling/${string}`, body: Record<string, unknown>): Promise<unknown>;
}

export interface CatalogServiceOptions {
  client: CatalogClient;
  /** The JSON file the lists are kept in, so the pickers open at once and offline. */
  cacheFile: string;
  now?: () => Date;
}

/**
 * The account's elements and voices (presets and its own). Lists come from the on-disk cache
 * at once; a refresh asks AceData and rewrites the cache, and when AceData cannot answer the
 * cached items are kept and the problem is returned beside them.
 */
export class CatalogService {
  private readonly file: StateFile<Cache>;
  private cache: Cache | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: CatalogServiceOptions) {
    this.file = jsonStateFile(options.cacheFile, CacheSchema);
    this.now = options.now ?? (() => new Date());
  }

  /** What was last fetched, without asking AceData; an empty list when nothing ever was. */
  async cached(kind: CatalogKind): Promise<CatalogList> {
    const cache = await this.load();
    const list = cache[kind];
    return { items: list?.items ?? [], fetchedAt: list?.fetchedAt ?? null, problem: null };
  }

  /**
   * Presets and own items, fresh from AceData (paged, `page_size` 50); the cache is rewritten.
   * Never throws for a provider or network failure: the cached list comes back with `problem`.
   */
  async refresh(kind: CatalogKind): Promise<CatalogList> {
    try {
      const presets = await this.fetchAll(kind, 'presets', 'preset');
      const own = await this.fetchAll(kind, 'list', 'own');
      const fresh = { items: [...own, ...presets], fetchedAt: this.now().toISOString() };
      await this.save({ ...(await this.load()), [kind]: fresh });
      return { ...fresh, problem: null };
    } catch (error) {
      return { ...(await this.cached(kind)), problem: explain(kind, error).toInfo() };
    }
  }

  /** Deletes one of the account's own items; true when AceData confirmed it. */
  async delete(kind: CatalogKind, id: string | number): Promise<boolean> {
    await this.ask(kind, { action: 'delete', [ID_KEYS[kind]]: id });
    await this.dropFromCache(kind, id);
    return true;
  }

  /**
   * Makes a voice from a 5–30 s single-speaker sample at `audioUrl` (an http(s) URL; AceData
   * Kling API docs: voices create). Throws `AppError` when AceData refuses or cannot answer.
   */
  async createVoice(audioUrl: string, name?: string): Promise<CatalogItem> {
    const answer = await this.ask('voices', {
      action: 'create',
      audio_url: audioUrl,
      ...(name ? { name } : {}),
    });
    const item = singleItem('voices', answer);
    if (!item) throw new AppError('bad_answer', t('errors:bad_answer_voice_id'));
    const cache = await this.load();
    const list = cache.voices ?? { items: [], fetchedAt: this.now().toISOString() };
    await this.save({ ...cache, voices: { ...list, items: [item, ...list.items] } });
    return item;
  }

  private async fetchAll(
    kind: CatalogKind,
    action: 'presets' | 'list',
    source: CatalogItem['source'],
  ): Promise<CatalogItem[]> {
    const items: CatalogItem[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const answer = await this.ask(kind, { action, page_num: page, page_size: PAGE_SIZE });
      const found = catalogItems(kind, answer, source);
      items.push(...found);
      if (found.length < PAGE_SIZE) break;
    }
    return items;
  }

  private async ask(kind: CatalogKind, body: Record<string, unknown>): Promise<unknown> {
    try {
      return await this.options.client.query(PATHS[kind], body);
    } catch (error) {
      throw explain(kind, error);
    }
  }

  private async dropFromCache(kind: CatalogKind, id: string | number): Promise<void> {
    const cache = await this.load();
    const list = cache[kind];
    if (!list) return;
    await this.save({
      ...cache,
      [kind]: { ...list, items: list.items.filter((i) => i.id !== id) },
    });
  }

  private async load(): Promise<Cache> {
    if (this.cache) return this.cache;
    const read = await this.file.read();
    this.cache = read.kind === 'value' ? read.value : { version: 1, elements: null, voices: null };
    return this.cache;
  }

  private async save(cache: Cache): Promise<void> {
    this.cache = cache;
    await this.file.write(cache);
  }
}

/**
 * kling-api.md §10: the element and voice endpoints are not published for every account yet,
 * so a `404 no_api` or a 503 means "not on this account yet", not "the app is broken".
 */
function explain(kind: CatalogKind, error: unknown): AppError {
  if (error instanceof ApiError && (error.status === 404 || error.status === 503)) {
    return new AppError(
      'feature_unavailable',
      t(`errors:feature_unavailable.${kind}`),
      error.traceId,
    );
  }
  if (error instanceof AppError) return error;
  return new AppError('internal', String(error));
}
