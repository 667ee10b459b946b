// Opens a library in a fresh process, as the app does at start, and prints what it took:
// `node … library-open-child.ts <workspaceDir> <dataDir>` → {"ms":…,"heapMb":…,"clips":…}
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Library } from '../../electron/main/services/library/library';

const [workspaceDir, dataDir] = process.argv.slice(2) as [string, string];
const start = performance.now();
const library = new Library({
  workspaceDir,
  dataDir,
  mediaUrlFor: (id) => `kling-media://clip/${id}`,
});
await library.open();
const ms = performance.now() - start;
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
const clips = library.listProjects().reduce((sum, p) => sum + p.clipCount, 0);
await library.close();
console.log(JSON.stringify({ ms, heapMb, clips }));
