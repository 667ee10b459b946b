import type { StoreApi } from 'zustand';
import { queryClient } from '../query/query-client';
import { useAppStore } from './app-store';
import { useComposerStore } from './composer-store';
import { useJobsStore } from './jobs-store';
import { useLibraryStore } from './library-store';
import { useSelectionStore } from './selection-store';
import { useMakingStore } from './making-store';
import { useTokenStore } from './token-store';
import { useToolsStore } from './tools-store';

function reset<T>(store: Pick<StoreApi<T>, 'setState' | 'getInitialState'>): void {
  store.setState(store.getInitialState(), true);
}

/** Puts every store and the query cache back to their first state, so one test never sees another's data. */
export function resetAllStores(): void {
  reset(useAppStore);
  reset(useComposerStore);
  reset(useJobsStore);
  reset(useLibraryStore);
  reset(useSelectionStore);
  reset(useMakingStore);
  reset(useTokenStore);
  reset(useToolsStore);
  queryClient.clear();
}
