import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { SliceOutcome } from './runners/slice-program';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROGRAM = 'tests/e2e/runners/slice-program.ts';

/** Starts the slice program in a fresh Node with the given loader flags; returns its outcome. */
async function runSlice(nodeArgs: string[]): Promise<SliceOutcome> {
  const { stdout } = await run(process.execPath, [...nodeArgs, PROGRAM], {
    cwd: ROOT,
    timeout: 80_000,
    maxBuffer: 4 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as SliceOutcome;
}

const expected: SliceOutcome = {
  submittedPrompt: 'A tin robot waving from a balcony',
  duration: 4,
  seekedTo: 2.5,
  fileMatchesServer: true,
};

// tsx compiles with esbuild, which rewrites functions' source text with its own helpers; Node
// transforms types itself. The harness must build the same page bridge under both.
describe('launchApp under other TypeScript runners', () => {
  it('runs the slice when the harness is loaded through tsx', async () => {
    expect(await runSlice(['--import', 'tsx'])).toEqual(expected);
  });

  it("runs the slice when the harness is loaded through Node's type transform", async () => {
    const outcome = await runSlice([
      '--experimental-transform-types',
      '--no-warnings',
      '--import',
      './tests/support/ts-resolve.mjs',
    ]);
    expect(outcome).toEqual(expected);
  });
});
