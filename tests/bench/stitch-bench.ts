import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { writeClip } from '../support/mp4-fixtures';

const run = promisify(execFile);
const CHILD = resolve(import.meta.dirname, 'stitch-child.ts');
const RUNS = 5;

interface ChildRun {
  ms: number;
  durationSec: number;
  peakRssBytes: number;
  startRssBytes: number;
}

/** Joins a chain of three 10 s clips RUNS times, each in a fresh process; prints a table. */
export async function runStitchBench(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'kling-stitch-bench-'));
  try {
    const parts = [0, 1, 2].map((i) => join(dir, `part-${i}.mp4`));
    for (const part of parts) await writeClip(part, { seconds: 10 });
    const bytes = (await Promise.all(parts.map((p) => stat(p)))).reduce((s, f) => s + f.size, 0);
    const runs: ChildRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const output = join(dir, `joined-${i}.mp4`);
      const { stdout } = await run(
        process.execPath,
        [
          '--experimental-transform-types',
          '--no-warnings',
          '--import',
          resolve(import.meta.dirname, '../support/ts-resolve.mjs'),
          CHILD,
          output,
          ...parts,
        ],
        { maxBuffer: 1024 * 1024 },
      );
      runs.push(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ChildRun);
      await rm(output);
    }
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const peak = Math.max(...runs.map((r) => r.peakRssBytes));
    const start = Math.max(...runs.map((r) => r.startRssBytes));
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    console.log(
      `\nStitch: three 10 s clips (320×180 H.264, ${mb(bytes)} MB together) joined without re-encoding, ${RUNS} runs, each in a fresh process`,
    );
    console.log('| measure | measured |');
    console.log('|---|---:|');
    console.log(`| joined duration | ${runs[0]?.durationSec.toFixed(3)} s |`);
    console.log(
      `| time, median (range) | ${ms[Math.floor(RUNS / 2)]?.toFixed(0)} ms (${ms[0]?.toFixed(0)}–${ms.at(-1)?.toFixed(0)} ms) |`,
    );
    console.log(
      `| peak resident memory of the process | ${mb(peak)} MB (${mb(start)} MB before the stitch began) |`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
