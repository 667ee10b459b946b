import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { capabilitiesOf, REQUEST_LIMITS } from '../../../../shared/capabilities';
import { MODEL_IDS } from '../../../../shared/models';
import { selectImageActions, useComposerStore } from '../../stores/composer-store';
import { formatList, useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, NO_REASON, noteIds } from './FieldNote';
import { ImagePreview } from './FrameZone';
import { ImageIntake } from './ImageIntake';
import { ImageRoleSelect } from './ImageRoleSelect';
import { ReferenceVideoField } from './ReferenceVideoField';
import { useImageDrop } from './use-image-drop';

const OMNI_MODELS = MODEL_IDS.filter((model) => capabilitiesOf(model).references);

interface ReferencesFieldProps {
  view: ComposerView;
}

/**
 * Omni references: up to 7 images (4 beside a video) and one video, each named in the prompt.
 * For a model without them the group shrinks to its reason, unless it still holds something.
 */
export function ReferencesField({ view }: ReferencesFieldProps) {
  const { removeReference } = useComposerStore(useShallow(selectImageActions));
  const id = useId();
  const { t } = useTranslation('composer');
  const { references, referenceVideo } = view.inputs;
  const state = view.availability.imageList;
  const issue = view.fieldIssues['imageList'];
  const limits = REQUEST_LIMITS.imageList;
  const max = referenceVideo.videoUrl.trim() ? limits.maxWithVideo : limits.max;
  const canAdd = state.enabled && references.length < max;
  const { over, handlers } = useImageDrop('reference', canAdd);
  const holds = references.length > 0 || referenceVideo.videoUrl.trim() !== '';

  return (
    <fieldset className="references" aria-describedby={noteIds(id, state, null)}>
      <legend>{t('references.legend')}</legend>
      {state.enabled ? (
        <p className="hint">{t('references.hint', { models: formatList(OMNI_MODELS) })}</p>
      ) : null}
      <FieldNote id={id} state={state} issue={null} />
      {state.enabled || holds ? (
        <>
          <section
            aria-labelledby={`${id}-images`}
            className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
            {...handlers}
          >
            <h3 id={`${id}-images`} className="zone-title">
              {t('references.images')}
            </h3>
            <ol className="reference-list">
              {references.map((image, index) => (
                <li key={image.id} className="stack reference-item">
                  <div className="row row-between row-top">
                    <ImagePreview
                      image={image}
                      name={t('references.image', { position: index + 1 })}
                    />
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => removeReference(image.id)}
                    >
                      {t('references.remove', { position: index + 1 })}
                    </button>
                  </div>
                  <ImageRoleSelect
                    imageId={image.id}
                    position={index + 1}
                    role={view.inputs.imageRoles[image.id]}
                    disabled={!state.enabled}
                  />
                </li>
              ))}
            </ol>
            {canAdd ? (
              <ImageIntake slot="reference" disabled={false} describedBy={undefined} />
            ) : (
              <p className="hint">{state.enabled ? t('references.full', { count: max }) : ''}</p>
            )}
            <FieldNote id={`${id}-list`} state={NO_REASON} issue={issue} />
          </section>
          <ReferenceVideoField view={view} reasonId={noteIds(id, state, null)} />
        </>
      ) : null}
    </fieldset>
  );
}
