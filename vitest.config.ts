import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three kinds of test, one runner: services under Node, components in jsdom, and
// end-to-end flows in real Chromium driven from Node.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/electron/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Typing through user-event is slow when the machine is loaded; 5 s was not enough.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          // A window waiting for a debounce, a query and a render can take more than the
          // default 1 s on a loaded machine; a poll still ends as soon as it succeeds.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
