import { useId, useState, type DragEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { voiceSampleProblem, type StagedAudio } from '../../../../shared/voice-sample';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';

interface VoiceSampleFileProps {
  staged: StagedAudio | null;
  onStaged: (audio: StagedAudio | null) => void;
  disabled: boolean;
}

/** Seconds to two decimals at most, as the language writes numbers. */
function round(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * A voice sample from this computer, chosen or dropped: main reads the recording, and the
 * rule it breaks (format, 5–30 s) is named before anything can be published.
 */
export function VoiceSampleFile({ staged, onStaged, disabled }: VoiceSampleFileProps) {
  const id = useId();
  const { t } = useTranslation('composer');
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [over, setOver] = useState(false);
  const problem = staged ? voiceSampleProblem(staged.facts) : null;

  const read = async (file: File) => {
    setReading(true);
    setError(null);
    onStaged(null);
    try {
      onStaged(await bridge.references.addDroppedAudio(file));
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setReading(false);
    }
  };

  return (
    <div
      className={over ? 'stack drop-zone drop-zone-over' : 'stack drop-zone'}
      onDragOver={(event) => {
        if (disabled || !hasFiles(event)) return;
        // Accepting the drag here keeps the window's guard from refusing it.
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (disabled || !file) return;
        event.preventDefault();
        void read(file);
      }}
    >
      <label htmlFor={`${id}-file`}>{t('voice.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        className="input"
        accept="audio/mpeg,audio/wav,audio/x-wav,audio/mp4,audio/x-m4a,.mp3,.wav,.m4a"
        disabled={disabled || reading}
        aria-describedby={`${id}-drop`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <p id={`${id}-drop`} className="hint">
        {reading ? t('voice.reading') : t('voice.drop')}
      </p>
      {staged ? (
        <div className="stack">
          <p className="hint">
            {t('voice.facts', {
              name: staged.name,
              container: staged.facts.container.toUpperCase(),
              seconds: round(staged.facts.durationSec),
              size: formatNumber(staged.facts.sizeBytes / (1024 * 1024), {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              }),
            })}
          </p>
          {problem ? <p className="field-issue">{t('voice.problem', { problem })}</p> : null}
          <div className="row">
            <button type="button" className="button button-small" onClick={() => onStaged(null)}>
              {t('voice.removeFile')}
            </button>
          </div>
        </div>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
