import type { CatalogItem, CatalogKind } from '../../../../shared/catalog';

/*
 * AceData's element and voice answers are read leniently (kling-api.md §10: the endpoints are
 * live but their document is not yet public): the list may sit under `data`, `items`, `list`
 * or be the answer itself; ids under `element_id`/`voice_id`/`id`; names and preview links
 * under a few spellings. Anything without an id is left out rather than guessed at.
 */

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstArray(value: unknown, depth = 0): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isJson(value) || depth > 2) return [];
  for (const key of ['items', 'list', 'elements', 'voices', 'data']) {
    const found = firstArray(value[key], depth + 1);
    if (found.length > 0) return found;
  }
  return [];
}

function text(item: Json, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

function webUrl(value: string | null): string | null {
  if (value === null || value.length > 4096) return null;
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

const ID_KEYS: Readonly<Record<CatalogKind, string>> = {
  elements: 'element_id',
  voices: 'voice_id',
};

/** One item of an answer, or null when it has no usable id. */
export function catalogItem(
  kind: CatalogKind,
  raw: unknown,
  source: CatalogItem['source'],
): CatalogItem | null {
  if (!isJson(raw)) return null;
  const id = raw[ID_KEYS[kind]] ?? raw['id'];
  const usable =
    (typeof id === 'string' && id.length > 0 && id.length <= 256) ||
    (typeof id === 'number' && Number.isInteger(id) && id >= 0);
  if (!usable) return null;
  const name =
    text(raw, ['name', `${kind.slice(0, -1)}_name`, 'title', 'description']) ?? String(id);
  const preview = text(raw, ['image_url', 'cover_url', 'audio_url', 'preview_url', 'url']);
  return { id, name: name.slice(0, 500), source, previewUrl: webUrl(preview) };
}

/** Every usable item of a list answer. */
export function catalogItems(
  kind: CatalogKind,
  answer: unknown,
  source: CatalogItem['source'],
): CatalogItem[] {
  return firstArray(answer).flatMap((raw) => {
    const item = catalogItem(kind, raw, source);
    return item ? [item] : [];
  });
}

/** The single item of a `retrieve` or `create` answer. */
export function singleItem(kind: CatalogKind, answer: unknown): CatalogItem | null {
  const body = isJson(answer) && isJson(answer['data']) ? answer['data'] : answer;
  return catalogItem(kind, body, 'own');
}
