import { isToolKind, type ClipDetail } from '../../../../shared/domain';
import { CHARACTER_ORIENTATIONS, MOTION_MODELS, MOTION_MODES } from '../../../../shared/tools';
import { bridge } from '../../ipc/kling';
import { useComposerStore } from '../../stores/composer-store';
import { useToolsStore, type ToolVideoFile } from '../../stores/tools-store';
import {
  count,
  emptyTally,
  restoreImage,
  restoreVideo,
  uploadsAgreed,
  type RemixTally,
  type Restored,
  type RestoredVideo,
} from './remix-inputs';

type Wire = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return (options as readonly unknown[]).includes(value) ? (value as T) : null;
}

/** The tool's image into its slot, from its local file while unchanged, else by address. */
async function placeToolImage(url: string | null, local: boolean): Promise<Restored> {
  useComposerStore.getState().removeToolImage();
  return url ? restoreImage('tool', url, local) : 'missing';
}

/** The tool form keeps the local file's name and facts beside the address it was sent to. */
function fileOf(video: RestoredVideo): ToolVideoFile | null {
  return video.file === null ? null : { name: video.file.name, facts: video.file.facts };
}

/**
 * "Use these settings" for a motion control, lip-sync or talking photo clip: opens its tool
 * and fills the form from what was sent — the image and videos from the local files they were
 * published from while those are unchanged, else by their addresses — every choice and the
 * text. Returns which inputs came back how and what could not be put back.
 *
 * @throws Error for a clip no tool made.
 */
export async function remixToolClip(detail: ClipDetail): Promise<RemixTally> {
  if (!isToolKind(detail.action)) throw new Error('Not a tool clip.');
  const body: Wire = detail.parameters;
  const tools = useToolsStore.getState();
  const composer = useComposerStore.getState();
  if (composer.parent) composer.cancelExtend();
  tools.setMode(detail.action);
  const tally = emptyTally();
  const agreed = await uploadsAgreed();

  if (detail.action === 'motion') {
    const image = await placeToolImage(text(body['image_url']), agreed);
    count(tally, { tool: 'image' }, image);
    const current = useToolsStore.getState().motion;
    const orientation =
      oneOf(CHARACTER_ORIENTATIONS, body['character_orientation']) ?? current.orientation;
    const videoUrl = text(body['video_url']);
    const video = videoUrl
      ? await restoreVideo(videoUrl, agreed, (videoId) =>
          bridge.tools.uploadVideo({ videoId, use: { tool: 'motion', orientation } }),
        )
      : null;
    count(tally, { tool: 'motionVideo' }, video ? localOr(video) : 'missing');
    tools.patchMotion({
      videoUrl: video?.url ?? '',
      videoFile: video ? fileOf(video) : null,
      orientation,
      model: oneOf(MOTION_MODELS, body['model_name']) ?? current.model,
      mode: oneOf(MOTION_MODES, body['mode']) ?? current.mode,
      keepSound: body['keep_original_sound'] !== 'no',
      prompt: text(body['prompt']) ?? '',
    });
  } else if (detail.action === 'lip-sync') {
    const videoUrl = text(body['video_url']);
    const source = detail.parent;
    if (videoUrl) {
      const video = await restoreVideo(videoUrl, agreed, (videoId) =>
        bridge.tools.uploadVideo({ videoId, use: { tool: 'lip-sync' } }),
      );
      count(tally, { tool: 'lipSyncVideo' }, localOr(video));
      tools.patchLipSync({ clip: null, videoUrl: video.url, videoFile: fileOf(video) });
    } else if (source && source.status === 'ready' && source.videoId) tools.startLipSync(source);
    else {
      tools.patchLipSync({ clip: null, videoUrl: '', videoFile: null });
      tally.notRestored.push({ tool: 'sourceClip' });
    }
    useToolsStore.getState().patchLipSync({ text: text(body['text']) ?? '' });
  } else {
    count(tally, { tool: 'photo' }, await placeToolImage(text(body['image_url']), agreed));
    const audioUrl = text(body['audio_url']);
    tools.patchTalkingPhoto({
      speech: audioUrl ? 'audio' : 'text',
      text: text(body['text']) ?? '',
      audioUrl: audioUrl ?? '',
      duration: body['duration'] === 10 ? 10 : 5,
    });
  }
  return tally;
}

function localOr(video: RestoredVideo): Restored {
  return video.file === null ? 'address' : 'local';
}
