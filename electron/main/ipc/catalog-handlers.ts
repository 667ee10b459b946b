import type { Handlers } from './router';
import type { CatalogService } from '../services/catalog/catalog-service';
import type { VoiceSampleService } from '../services/references/voice-sample-service';

type CatalogChannels =
  | 'elements:list'
  | 'elements:delete'
  | 'voices:list'
  | 'voices:delete'
  | 'voices:create'
  | 'voices:createFromFile'
  | 'references:stageAudio';

/** The element and voice channels; payloads arrive already parsed by the router. */
export function createCatalogHandlers(
  catalog: CatalogService,
  samples: VoiceSampleService,
): Pick<Handlers, CatalogChannels> {
  return {
    'elements:list': ({ refresh }) =>
      refresh ? catalog.refresh('elements') : catalog.cached('elements'),
    'elements:delete': async ({ elementId }) => ({
      deleted: await catalog.delete('elements', elementId),
    }),
    'voices:list': ({ refresh }) =>
      refresh ? catalog.refresh('voices') : catalog.cached('voices'),
    'voices:delete': async ({ voiceId }) => ({ deleted: await catalog.delete('voices', voiceId) }),
    'voices:create': ({ audioUrl, name }) => catalog.createVoice(audioUrl, name),
    'references:stageAudio': ({ path }) => samples.stage(path),
    // Published first: voices `create` takes the sample by URL only.
    'voices:createFromFile': async ({ audioId, name }) =>
      catalog.createVoice((await samples.upload(audioId)).url, name),
  };
}
