import type { Clip } from '../../../../shared/domain';
import { selectStartExtend, useComposerStore } from '../../stores/composer-store';
import { focusComposerPrompt } from './composer-focus';

interface ExtendButtonProps {
  clip: Clip;
}

/**
 * Opens the composer in extend mode for this clip. Only a clip Kling knows (it has a video id)
 * whose file is still here can be continued.
 */
export function ExtendButton({ clip }: ExtendButtonProps) {
  const startExtend = useComposerStore(selectStartExtend);
  if (!clip.videoId || clip.status === 'missing') return null;
  const onClick = () => {
    startExtend(clip);
    // Keyboard users land where they write what happens next.
    focusComposerPrompt();
  };
  return (
    <button type="button" className="button" onClick={onClick}>
      Extend
    </button>
  );
}
