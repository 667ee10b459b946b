import { TOOL_LIMITS } from '../../../../shared/tools';
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
              Lip-syncing: {truncate(clip.prompt || clip.id, 60)} (
              {formatDuration(clip.durationSec)})
            </p>
            <button
              type="button"
              className="button button-small"
              aria-label="Use a video URL instead of this clip"
              onClick={() => patch({ clip: null })}
            >
              Use a URL
            </button>
          </div>
          {issues['videoId'] ? <p className="field-issue">{issues['videoId']}</p> : null}
        </div>
      ) : (
        <>
          <ToolTextField
            label="Video URL"
            type="url"
            value={draft.videoUrl}
            placeholder="https://… video of 2–10 s with a face"
            hint={
              draft.videoFile
                ? `Uploaded from ${draft.videoFile.name}.`
                : 'To lip-sync a clip from the library, open it and press its Lip-sync button.'
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
        label="Text to speak"
        name="lip-sync-text"
        multiline
        value={draft.text}
        maxChars={TOOL_LIMITS.lipSyncTextMaxChars}
        placeholder="What the person in the video says"
        issue={issues['text']}
        onChange={(text) => patch({ text })}
      />
    </>
  );
}
