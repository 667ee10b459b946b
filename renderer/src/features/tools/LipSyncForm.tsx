import { TOOL_LIMITS } from '../../../../shared/tools';
import { useTranslation } from '../../i18n';
import { formatDuration, truncate } from '../../lib/format';
import { useToolsStore } from '../../stores/tools-store';
import type { ToolView } from './tool-draft';
import { ToolTextField } from './ToolTextField';
import { ToolVideoField } from './ToolVideoField';

/**
 * Lip-sync: a library clip (chosen with the clip's own Lip-sync button) or a video address,
 * and the words to speak.
 */
export function LipSyncForm({ view }: { view: ToolView }) {
  const { t } = useTranslation('tools');
  const draft = useToolsStore((state) => state.lipSync);
  const patch = useToolsStore((state) => state.patchLipSync);
  const issues = view.fieldIssues;
  const clip = draft.clip;
  return (
    <>
      {clip ? (
        <div className="stack">
          <div className="chip row row-between">
            <p className="chip-text" title={clip.prompt}>
              {t('lipSync.clip', {
                prompt: truncate(clip.prompt || clip.id, 60),
                duration: formatDuration(clip.durationSec),
              })}
            </p>
            <button
              type="button"
              className="button button-small"
              aria-label={t('lipSync.useUrlLabel')}
              onClick={() => patch({ clip: null })}
            >
              {t('lipSync.useUrl')}
            </button>
          </div>
          {issues['videoId'] ? <p className="field-issue">{issues['videoId']}</p> : null}
        </div>
      ) : (
        <>
          <ToolTextField
            label={t('lipSync.videoUrl')}
            type="url"
            value={draft.videoUrl}
            placeholder={t('lipSync.videoUrlPlaceholder')}
            hint={
              draft.videoFile
                ? t('uploadedFrom', { name: draft.videoFile.name })
                : t('lipSync.fromLibrary')
            }
            issue={issues['videoUrl'] ?? issues['videoId']}
            onChange={(videoUrl) => patch({ videoUrl, videoFile: null })}
          />
          <ToolVideoField
            use={{ tool: 'lip-sync' }}
            onUploaded={(videoUrl, videoFile) => patch({ videoUrl, videoFile })}
          />
        </>
      )}
      <ToolTextField
        label={t('lipSync.text')}
        name="lip-sync-text"
        multiline
        value={draft.text}
        maxChars={TOOL_LIMITS.lipSyncTextMaxChars}
        placeholder={t('lipSync.textPlaceholder')}
        issue={issues['text']}
        onChange={(text) => patch({ text })}
      />
    </>
  );
}
