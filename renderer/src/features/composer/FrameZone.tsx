import { useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { labelOf } from '../../../../shared/capabilities/fields';
import type { StagedImage } from '../../../../shared/domain';
import { selectImageActions, useComposerStore, type FrameSlot } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';
import { ImageIntake } from './ImageIntake';
import { useImageDrop } from './use-image-drop';

/** "start frame" → "Start frame": the zone's heading is the field's one shared name. */
function headingOf(field: 'startImageUrl' | 'endImageUrl'): string {
  const label = labelOf(field);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const ZONES = {
  start: { field: 'startImageUrl', image: 'startImage', hint: 'required' },
  end: { field: 'endImageUrl', image: 'endImage', hint: 'optional' },
} as const;

interface ImagePreviewProps {
  image: StagedImage;
  name: string;
}

/** A file's thumbnail, or for an address the address itself: the page may not load remote images. */
export function ImagePreview({ image, name }: ImagePreviewProps) {
  const { t } = useTranslation('composer');
  const size =
    image.width && image.height
      ? t('frame.size', { name: image.name, width: image.width, height: image.height })
      : image.name;
  return (
    <div className="image-preview">
      {image.source === 'file' && image.previewUrl ? (
        <img
          className="thumb"
          src={image.previewUrl}
          alt={t('frame.imageName', { zone: name, file: image.name })}
        />
      ) : (
        <p className="image-url">{image.url}</p>
      )}
      <p className="hint">{size}</p>
    </div>
  );
}

interface FrameZoneProps {
  slot: FrameSlot;
  view: ComposerView;
}

/** A drop zone for the first or last frame; filled, it shows the image and a way to remove it. */
export function FrameZone({ slot, view }: FrameZoneProps) {
  const zone = ZONES[slot];
  const { t } = useTranslation('composer');
  // Looked up at each draw, so a change of language renames the zone.
  const name = headingOf(zone.field);
  const { removeFrame } = useComposerStore(useShallow(selectImageActions));
  const sectionRef = useRef<HTMLElement>(null);
  const id = useId();
  const image = view.inputs[zone.image];
  const state = view.availability[zone.field];
  const issue = view.fieldIssues[zone.field];
  const { over, handlers } = useImageDrop(slot, state.enabled && image === null);

  const remove = () => {
    flushSync(() => removeFrame(slot));
    // The button that had focus is gone; the zone's first control takes it.
    sectionRef.current
      ?.querySelector<HTMLElement>('button:not([disabled]), input:not([disabled])')
      ?.focus();
  };

  const classes = ['drop-zone', over ? 'drop-zone-over' : '', state.enabled ? '' : 'drop-zone-off'];
  return (
    <section
      ref={sectionRef}
      aria-labelledby={`${id}-title`}
      className={classes.filter(Boolean).join(' ')}
      {...handlers}
    >
      <div className="field-head">
        <h3 id={`${id}-title`} className="zone-title">
          {name}
        </h3>
        <span className="hint">{t(`frame.${zone.hint}`)}</span>
      </div>
      {image ? (
        <div className="frame-filled">
          <ImagePreview image={image} name={name} />
          <button type="button" className="button button-small" onClick={remove}>
            {t('frame.remove', { name: labelOf(zone.field) })}
          </button>
        </div>
      ) : (
        <ImageIntake
          slot={slot}
          disabled={!state.enabled}
          describedBy={noteIds(id, state, issue)}
        />
      )}
      <FieldNote id={id} state={state} issue={issue} />
    </section>
  );
}
