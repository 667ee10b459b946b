import type { CatalogItem } from '../../../../shared/catalog';
import { isToolKind, type ClipDetail } from '../../../../shared/domain';
import { t } from '../../i18n';
import { bridge } from '../../ipc/kling';
import { fillFromSettings, startFromFrame } from '../../stores/composer-fill';
import { useComposerStore, type ImageRole } from '../../stores/composer-store';
import { useToolsStore } from '../../stores/tools-store';
import {
  count,
  emptyTally,
  restoreImage,
  restoreVideo,
  uploadsAgreed,
  type RemixInput,
} from './remix-inputs';

export interface RemixResult {
  /** What could not be put back (empty when everything was). */
  notRestored: RemixInput[];
  /** Whether the start frame is the still kept on disk rather than its uploaded address. */
  localStill: boolean;
  /** Inputs put back from the local files they were uploaded from (the still is not listed). */
  local: RemixInput[];
  /** Inputs put back by their uploaded address only. */
  byAddress: RemixInput[];
}

type Wire = Record<string, unknown>;

function records(value: unknown): Wire[] {
  return Array.isArray(value)
    ? value.filter((item): item is Wire => typeof item === 'object' && item !== null)
    : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Whether the clip's settings can go back into the composer (videos, not the tools). */
export function canRemix(detail: Pick<ClipDetail, 'action' | 'model'>): boolean {
  return !isToolKind(detail.action) && detail.model !== null;
}

/** Catalogue items by id from the cached lists, so restored picks show their names. */
async function cached(kind: 'elements' | 'voices'): Promise<Map<string, CatalogItem>> {
  const list = await bridge[kind].list({}).catch(() => null);
  return new Map((list?.items ?? []).map((item) => [String(item.id), item]));
}

/**
 * The cached item, or one with no name when the list no longer has it: the composer names it
 * by its id ("Element 12") when drawn, in the language of the moment.
 */
function catalogItem(known: Map<string, CatalogItem>, id: string | number): CatalogItem {
  return known.get(String(id)) ?? { id, name: '', source: 'preset', previewUrl: null };
}

let remixShot = 0;

/**
 * "Use these settings": fills the composer from a clip's record — action, model, prompt and
 * every plain option through the same path as importing a video's settings, then the inputs
 * that path leaves out: the start frame (the still on disk when the clip was continued from
 * one and it is still there), end frame, reference images with their roles and reference video
 * — each from the local file it was uploaded from while that is unchanged, else by the address
 * that was sent — elements, voices, custom shots, and for an extension its parent clip when
 * that is still in the library. Returns which inputs came back how, and what did not.
 *
 * @throws Error for a tool clip (see `canRemix`); bridge errors surface as the slot's error.
 */
export async function remixClip(detail: ClipDetail): Promise<RemixResult> {
  if (!canRemix(detail) || detail.model === null || isToolKind(detail.action))
    throw new Error(t('making:remix.toolClip'));
  useToolsStore.getState().setMode(null);
  const body = detail.parameters;
  const { leftOutFields } = fillFromSettings({
    app: 'Kling Studio',
    version: 1,
    action: detail.action,
    model: detail.model,
    prompt: detail.prompt,
    parameters: body,
  });
  // Request fields (or unknown keys) the plain fill left out, crossed off as each comes back.
  const missing = new Set(leftOutFields);
  const store = useComposerStore.getState;
  // Lists the import path keeps as plain values have state of their own here.
  useComposerStore.setState((state) => {
    const settings: Wire = { ...state.settings };
    delete settings['voiceList'];
    delete settings['multiPrompt'];
    return { settings: settings as typeof state.settings };
  });

  if (detail.action === 'extend') {
    const parent = detail.parent;
    if (parent && parent.status === 'ready' && parent.videoId) {
      store().startExtend(parent);
      store().setModel(detail.model);
      store().setSetting('prompt', detail.prompt);
      missing.delete('videoId');
    }
  }

  const tally = emptyTally();
  const agreed = await uploadsAgreed();
  let localStill = false;
  const start = text(body['start_image_url']);
  if (start) {
    const still =
      detail.parentFrameSec !== null ? await bridge.making.remixStill({ clipId: detail.id }) : null;
    if (still) {
      await startFromFrame(still);
      localStill = true;
      missing.delete('startImageUrl');
    } else {
      const outcome = await restoreImage('start', start, agreed);
      count(tally, { field: 'startImageUrl' }, outcome);
      if (outcome !== 'missing') missing.delete('startImageUrl');
    }
  }
  const end = text(body['end_image_url']);
  if (end) {
    const outcome = await restoreImage('end', end, agreed);
    count(tally, { field: 'endImageUrl' }, outcome);
    if (outcome !== 'missing') missing.delete('endImageUrl');
  }

  const images = records(body['image_list']);
  let placed = 0;
  for (const [index, image] of images.entries()) {
    const url = text(image['image_url']);
    if (!url) continue;
    const outcome = await restoreImage('reference', url, agreed);
    count(tally, { reference: index + 1 }, outcome);
    if (outcome === 'missing') continue;
    placed += 1;
    const role = image['type'];
    const added = store().references.at(-1);
    if (added && (role === 'first_frame' || role === 'end_frame'))
      store().setImageRole(added.id, role as ImageRole);
  }
  if (images.length > 0 && placed === images.length) missing.delete('imageList');

  const video = records(body['video_list'])[0];
  const videoUrl = text(video?.['video_url']);
  if (video && videoUrl) {
    const model = store().model;
    const restored = await restoreVideo(videoUrl, agreed, (videoId) =>
      bridge.references.uploadVideo({ videoId, model }),
    );
    store().setReferenceVideo({
      videoUrl: restored.url,
      referType: video['refer_type'] === 'feature' ? 'feature' : 'base',
      keepOriginalSound: video['keep_original_sound'] === 'no' ? 'no' : 'yes',
    });
    count(tally, { field: 'videoList' }, restored.file === null ? 'address' : 'local');
    missing.delete('videoList');
  }

  const elements = records(body['element_list']);
  if (elements.length > 0) {
    const known = await cached('elements');
    store().clearElements();
    for (const element of elements) {
      const id = element['element_id'];
      if (typeof id === 'string' || typeof id === 'number')
        store().pickElement(catalogItem(known, id));
    }
    if (store().elements.length === elements.length) missing.delete('elementList');
    else missing.add('elementList');
  }

  const voices = records(body['voice_list']);
  if (voices.length > 0) {
    const known = await cached('voices');
    store().clearVoices();
    for (const voice of voices) {
      const id = text(voice['voice_id']);
      if (id) store().pickVoice(catalogItem(known, id));
    }
    if (store().voices.length !== voices.length) missing.add('voiceList');
  }

  const shots = records(body['multi_prompt']);
  if (shots.length > 0)
    useComposerStore.setState({
      shots: shots.map((shot) => {
        remixShot += 1;
        return {
          id: `remix-shot-${remixShot}`,
          prompt: typeof shot['prompt'] === 'string' ? shot['prompt'] : '',
          seconds: String(shot['duration'] ?? ''),
        };
      }),
    });

  return {
    notRestored: [...missing].map((field) => ({ field })),
    localStill,
    local: tally.local,
    byAddress: tally.byAddress,
  };
}
