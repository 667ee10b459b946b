import { resolve } from 'node:path';
import { fuseMismatches } from './fuses.ts';

// `node packaging/check-fuses.ts <packaged binary>`: reads the fuse wire back from a packaged
// app (the executable; on macOS the one inside the .app) and fails when any fuse differs.
const [binary] = process.argv.slice(2);
if (!binary) {
  console.error('usage: node packaging/check-fuses.ts <path to the packaged executable>');
  process.exit(2);
}
const mismatches = await fuseMismatches(resolve(binary));
if (mismatches.length > 0) {
  console.error(`fuses of ${binary} differ from the expected wire:\n  ${mismatches.join('\n  ')}`);
  process.exit(1);
}
console.log(`fuses of ${binary} match the expected wire`);
