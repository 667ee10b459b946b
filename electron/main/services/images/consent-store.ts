import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

/**
 * Whether the user agreed that uploaded images are published on AceData's CDN. An interface,
 * so the Electron side can keep it with its other preferences later.
 */
export interface ConsentStore {
  read(): Promise<boolean>;
  write(accepted: boolean): Promise<void>;
}

const ConsentFileSchema = z.object({
  uploadConsent: z.object({ accepted: z.boolean(), decidedAt: z.string() }),
});

/** A small JSON file of its own (electron-store already owns `preferences.json`). */
export function fileConsentStore(
  path: string,
  now: () => number = Date.now,
  log: (message: string) => void = () => undefined,
): ConsentStore {
  return {
    async read() {
      const file = await readJsonFile(path, ConsentFileSchema, (aside) =>
        log(`The upload consent file was unreadable and was set aside as ${aside}`),
      );
      // No answer on record (or a damaged one) means no: uploading publishes the image.
      return file?.uploadConsent.accepted ?? false;
    },
    async write(accepted) {
      await writeJsonFile(path, {
        uploadConsent: { accepted, decidedAt: new Date(now()).toISOString() },
      });
    },
  };
}
