import { QueryClient } from '@tanstack/react-query';

/**
 * The window's cache of what main knows: library pages, clip details, the project list.
 * Nothing goes stale by time — main announces every change (`library:changed`,
 * `projects:changed`) and those events invalidate what they touch — and a failed read is
 * shown, not retried behind the person's back.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      retry: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
  },
});
