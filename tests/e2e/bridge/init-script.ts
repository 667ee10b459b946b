import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHANNELS, EVENTS, FILE_CHANNELS } from '../../../shared/contract';
import type { PageBridgeConfig } from './page-entry';

/** The page global a test fills with `file name → path` for files it allows to be dropped. */
export const DROP_PATHS_GLOBAL = '__klingDropPaths';

const ENTRY = fileURLToPath(new URL('./page-entry.ts', import.meta.url));
const BUNDLE_NAME = '__klingPageBridge';
let bundled: Promise<string> | null = null;

/**
 * The page-side half of the test bridge as an init script: `page-entry.ts` and the shared
 * `buildKlingApi`, bundled by esbuild from their files, then called with the contract's
 * channel and event names. Bundling from files rather than `Function.toString()` keeps the
 * script the same under every TypeScript runner: esbuild-based ones (tsx) rewrite a function's
 * source text with helpers that exist only in the test process.
 *
 * @throws when esbuild cannot bundle the entry (its message names the file and line).
 */
export async function bridgeInitScript(bindingName: string, dispatchName: string): Promise<string> {
  bundled ??= bundlePageEntry();
  const config: PageBridgeConfig = {
    binding: bindingName,
    dispatch: dispatchName,
    dropPaths: DROP_PATHS_GLOBAL,
    channels: CHANNELS,
    events: EVENTS,
    fileChannels: FILE_CHANNELS,
  };
  // The bundle's `var` stays inside this function, so the page gains only what install defines.
  return `(() => {\n${await bundled}\n${BUNDLE_NAME}.install(${JSON.stringify(config)});\n})();`;
}

async function bundlePageEntry(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: BUNDLE_NAME,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no page bridge');
  return output.text;
}
