import { flushSync } from 'react-dom';
import type { Clip } from '../../../../shared/domain';
import { selectStartExtend, useComposerStore } from '../../stores/composer-store';
import { selectSetToolMode, useToolsStore } from '../../stores/tools-store';
import { useTranslation } from '../../i18n';
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
  const setToolMode = useToolsStore(selectSetToolMode);
  const { t } = useTranslation('composer');
  if (!clip.videoId || clip.status === 'missing') return null;
  const onClick = () => {
    // Extending is a video action: leave any tool mode first.
    flushSync(() => {
      setToolMode(null);
      startExtend(clip);
    });
    // Keyboard users land where they write what happens next.
    focusComposerPrompt();
  };
  return (
    <button type="button" className="button" onClick={onClick}>
      {t('extend.button')}
    </button>
  );
}
