import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppError } from '../../../shared/app-error';
import type { CatalogItem, CatalogKind, CatalogList } from '../../../shared/catalog';
import { bridge, toAppError } from '../ipc/kling';

/** The element and voice lists, each under its own key. */
export const catalogKeys = {
  list: (kind: CatalogKind) => ['catalog', kind] as const,
};

function listOf(kind: CatalogKind, refresh: boolean): Promise<CatalogList> {
  return kind === 'elements' ? bridge.elements.list({ refresh }) : bridge.voices.list({ refresh });
}

async function deleteOf(kind: CatalogKind, id: CatalogItem['id']): Promise<void> {
  if (kind === 'elements') await bridge.elements.delete({ elementId: id });
  else await bridge.voices.delete({ voiceId: String(id) });
}

export interface Catalog {
  /** The list to show: main's disk cache first, then AceData's fresh answer once it is in. */
  list: CatalogList | null;
  /** Reading even the cache failed (the bridge is broken). */
  error: AppError | null;
  refreshing: boolean;
  /** Asks AceData again; on failure the cached items stay and `list.problem` says why. */
  refresh: () => void;
  remove: (id: CatalogItem['id']) => Promise<void>;
  removeError: AppError | null;
}

/**
 * The account's elements or voices for a picker. The cached list answers at once (and offline);
 * `refresh()` replaces it with AceData's answer, which main also writes back to its cache.
 */
export function useCatalog(kind: CatalogKind): Catalog {
  const client = useQueryClient();
  const key = catalogKeys.list(kind);
  const query = useQuery({ queryKey: key, queryFn: () => listOf(kind, false) });
  const refresh = useMutation({
    mutationFn: () => listOf(kind, true),
    onSuccess: (list) => client.setQueryData(key, list),
  });
  const remove = useMutation({
    mutationFn: (id: CatalogItem['id']) => deleteOf(kind, id),
    onSuccess: (_, id) =>
      client.setQueryData<CatalogList>(key, (list) =>
        list ? { ...list, items: list.items.filter((item) => item.id !== id) } : list,
      ),
  });
  return {
    list: query.data ?? null,
    error: query.error ? toAppError(query.error) : refresh.error ? toAppError(refresh.error) : null,
    refreshing: refresh.isPending,
    refresh: () => refresh.mutate(),
    remove: async (id) => {
      await remove.mutateAsync(id).catch(() => undefined);
    },
    removeError: remove.error ? toAppError(remove.error) : null,
  };
}

/** Where a new voice's sample comes from: an http(s) URL, or a recording main has read. */
export type VoiceSampleSource =
  { audioUrl: string; name?: string } | { audioId: string; name?: string };

/**
 * Makes a voice from a sample at an http(s) URL, or from a local recording main checks and
 * publishes first; the new voice is put at the top of the cached list (main has written it to
 * its cache too). Rejects with the rule the recording breaks, or AceData's refusal.
 */
export function useCreateVoice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: VoiceSampleSource) =>
      'audioId' in request ? bridge.voices.createFromFile(request) : bridge.voices.create(request),
    onSuccess: (voice) =>
      client.setQueryData<CatalogList>(catalogKeys.list('voices'), (list) => ({
        items: [voice, ...(list?.items ?? []).filter((item) => item.id !== voice.id)],
        fetchedAt: list?.fetchedAt ?? null,
        problem: list?.problem ?? null,
      })),
  });
}
