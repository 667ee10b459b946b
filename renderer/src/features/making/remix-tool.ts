import { isToolKind, type ClipDetail } from '../../../../shared/domain';
import { CHARACTER_ORIENTATIONS, MOTION_MODELS, MOTION_MODES } from '../../../../shared/tools';
import { t } from '../../i18n';
import { useComposerStore } from '../../stores/composer-store';
import { useToolsStore } from '../../stores/tools-store';

type Wire = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | null {
  return (options as readonly unknown[]).includes(value) ? (value as T) : null;
}

/** The tool's image by address into its slot; false when main refused it (the slot says why). */
async function placeToolImage(url: string | null): Promise<boolean> {
  const composer = useComposerStore.getState();
  composer.removeToolImage();
  if (!url) return false;
  await composer.addImage('tool', { url });
  return useComposerStore.getState().slots.tool.error === null;
}

/**
 * "Use these settings" for a motion control, lip-sync or talking photo clip: opens its tool
 * and fills the form from what was sent — the image and videos by the addresses they were
 * published to, every choice and the text. Returns what could not be put back, in the words
 * of the window's language.
 *
 * @throws Error for a clip no tool made.
 */
export async function remixToolClip(detail: ClipDetail): Promise<string[]> {
  if (!isToolKind(detail.action)) throw new Error('Not a tool clip.');
  const body: Wire = detail.parameters;
  const tools = useToolsStore.getState();
  const composer = useComposerStore.getState();
  if (composer.parent) composer.cancelExtend();
  tools.setMode(detail.action);
  const missing: string[] = [];

  if (detail.action === 'motion') {
    if (!(await placeToolImage(text(body['image_url'])))) missing.push(t('studio:remix.image'));
    const videoUrl = text(body['video_url']);
    if (!videoUrl) missing.push(t('studio:remix.motionVideo'));
    const current = useToolsStore.getState().motion;
    tools.patchMotion({
      videoUrl: videoUrl ?? '',
      videoFile: null,
      orientation:
        oneOf(CHARACTER_ORIENTATIONS, body['character_orientation']) ?? current.orientation,
      model: oneOf(MOTION_MODELS, body['model_name']) ?? current.model,
      mode: oneOf(MOTION_MODES, body['mode']) ?? current.mode,
      keepSound: body['keep_original_sound'] !== 'no',
      prompt: text(body['prompt']) ?? '',
    });
  } else if (detail.action === 'lip-sync') {
    const videoUrl = text(body['video_url']);
    const source = detail.parent;
    if (videoUrl) tools.patchLipSync({ clip: null, videoUrl, videoFile: null });
    else if (source && source.status === 'ready' && source.videoId) tools.startLipSync(source);
    else {
      tools.patchLipSync({ clip: null, videoUrl: '', videoFile: null });
      missing.push(t('studio:remix.sourceClip'));
    }
    useToolsStore.getState().patchLipSync({ text: text(body['text']) ?? '' });
  } else {
    if (!(await placeToolImage(text(body['image_url'])))) missing.push(t('studio:remix.photo'));
    const audioUrl = text(body['audio_url']);
    tools.patchTalkingPhoto({
      speech: audioUrl ? 'audio' : 'text',
      text: text(body['text']) ?? '',
      audioUrl: audioUrl ?? '',
      duration: body['duration'] === 10 ? 10 : 5,
    });
  }
  return missing;
}
