import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { referenceVideoFileProblem } from '../../../../shared/capabilities/reference-video-file';
import {
  selectComposerActions,
  selectLocalVideo,
  useComposerStore,
} from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, NO_REASON, noteIds } from './FieldNote';
import { LocalVideoPicker } from './LocalVideoPicker';

/** The shape of an address, the same in every language. */
const VIDEO_URL_EXAMPLE = 'https://…mp4';

interface ReferenceVideoFieldProps {
  view: ComposerView;
  /** The group's reason, when references do not apply. */
  reasonId: string | undefined;
}

/** The one reference video an omni request may carry, by its public address. */
export function ReferenceVideoField({ view, reasonId }: ReferenceVideoFieldProps) {
  const { setReferenceVideo } = useComposerStore(useShallow(selectComposerActions));
  const local = useComposerStore(useShallow(selectLocalVideo));
  const id = useId();
  const { t } = useTranslation('composer');
  const video = view.inputs.referenceVideo;
  const state = view.availability.videoList;
  const issue = view.fieldIssues['videoList'];
  const describedBy =
    [reasonId, noteIds(id, NO_REASON, issue)].filter(Boolean).join(' ') || undefined;
  const off = !state.enabled;
  return (
    <div className="field">
      <label htmlFor={`${id}-url`}>{t('referenceVideo.url')}</label>
      <input
        id={`${id}-url`}
        type="url"
        className="input"
        placeholder={VIDEO_URL_EXAMPLE}
        value={video.videoUrl}
        disabled={off}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setReferenceVideo({ videoUrl: event.target.value })}
      />
      <div className="row row-wrap">
        <label htmlFor={`${id}-type`}>{t('referenceVideo.referType')}</label>
        <select
          id={`${id}-type`}
          className="input input-inline"
          value={video.referType}
          disabled={off}
          aria-describedby={describedBy}
          onChange={(event) =>
            setReferenceVideo({ referType: event.target.value === 'feature' ? 'feature' : 'base' })
          }
        >
          <option value="base">{t('referenceVideo.base')}</option>
          <option value="feature">{t('referenceVideo.feature')}</option>
        </select>
        <div className="check">
          <input
            id={`${id}-sound`}
            type="checkbox"
            checked={video.keepOriginalSound === 'yes'}
            disabled={off}
            aria-describedby={describedBy}
            onChange={(event) =>
              setReferenceVideo({ keepOriginalSound: event.target.checked ? 'yes' : 'no' })
            }
          />
          <label htmlFor={`${id}-sound`}>{t('referenceVideo.keepSound')}</label>
        </div>
      </div>
      <FieldNote id={id} state={NO_REASON} issue={issue} />
      <LocalVideoPicker
        video={{
          staged: local.localVideo,
          busy: local.videoBusy,
          error: local.videoError,
          choose: (file) => void local.addLocalVideo(file),
          upload: () => void local.uploadLocalVideo(),
          clear: local.clearLocalVideo,
        }}
        problem={
          local.localVideo
            ? referenceVideoFileProblem(local.localVideo.facts, view.inputs.model)
            : null
        }
        disabled={off}
      />
    </div>
  );
}
