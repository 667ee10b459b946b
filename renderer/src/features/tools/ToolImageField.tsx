import { useId, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n';
import { selectImageActions, useComposerStore } from '../../stores/composer-store';
import { ImageIntake } from '../composer/ImageIntake';
import { ImagePreview } from '../composer/FrameZone';
import { useImageDrop } from '../composer/use-image-drop';

interface ToolImageFieldProps {
  /** "Character image", "Photo". */
  name: string;
  /** The remove button's words: "Remove photo". */
  removeLabel: string;
  issue: string | undefined;
}

/**
 * The tool's one image: dropped, chosen or given by address, checked by main and uploaded
 * after the same consent as frames, since the tools need it at a public address too.
 */
export function ToolImageField({ name, removeLabel, issue }: ToolImageFieldProps) {
  const { t } = useTranslation('tools');
  const image = useComposerStore((state) => state.toolImage);
  const { removeToolImage } = useComposerStore(useShallow(selectImageActions));
  const { over, handlers } = useImageDrop('tool', image === null);
  const id = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const remove = () => {
    flushSync(removeToolImage);
    // The button that had focus is gone; the zone's first control takes it.
    sectionRef.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
  };
  return (
    <section
      ref={sectionRef}
      aria-labelledby={`${id}-title`}
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      {...handlers}
    >
      <div className="field-head">
        <h3 id={`${id}-title`} className="zone-title">
          {name}
        </h3>
        <span className="hint">{t('image.required')}</span>
      </div>
      {image ? (
        <div className="frame-filled">
          <ImagePreview image={image} name={name} />
          <button type="button" className="button button-small" onClick={remove}>
            {removeLabel}
          </button>
        </div>
      ) : (
        <ImageIntake slot="tool" disabled={false} describedBy={issue ? `${id}-issue` : undefined} />
      )}
      {issue ? (
        <p id={`${id}-issue`} className="field-issue">
          {issue}
        </p>
      ) : null}
    </section>
  );
}
