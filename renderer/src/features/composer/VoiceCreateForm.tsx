import { useId, useState, type KeyboardEvent } from 'react';
import { voiceSampleProblem, type StagedAudio } from '../../../../shared/voice-sample';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bridge, toAppError } from '../../ipc/kling';
import { useTranslation } from '../../i18n';
import { useCreateVoice } from '../../query/use-catalog';
import { VoiceSampleFile } from './VoiceSampleFile';

/** The shape of an address, the same in every language. */
const SAMPLE_URL_EXAMPLE = 'https://…mp3';

/**
 * A new voice from a 5–30 s recording of one speaker (AceData Kling API docs §10, voices
 * `create`), given by its public address or as a file from this computer, which is published
 * after the upload consent. Not a <form>: it sits inside the composer's form.
 */
export function VoiceCreateForm() {
  const create = useCreateVoice();
  const id = useId();
  const { t } = useTranslation('composer');
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [staged, setStaged] = useState<StagedAudio | null>(null);
  const [asking, setAsking] = useState(false);
  /** The name of the voice just made, so the message follows a change of language. */
  const [done, setDone] = useState<string | null>(null);
  const fileBlocked = staged !== null && voiceSampleProblem(staged.facts) !== null;
  const ready = staged !== null ? !fileBlocked : url.trim() !== '';

  const make = (source: { audioUrl: string } | { audioId: string }) => {
    setDone(null);
    create.mutate(
      { ...source, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (voice) => {
          setDone(voice.name);
          setUrl('');
          setName('');
          setStaged(null);
        },
      },
    );
  };

  const submit = () => {
    if (create.isPending || !ready) return;
    // A local recording is published first: that needs the person's word each time.
    if (staged) setAsking(true);
    else make({ audioUrl: url.trim() });
  };

  // Enter here makes the voice; it must not reach the composer's form and submit a video.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    submit();
  };

  return (
    <section className="stack voice-create" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="zone-title">
        {t('voice.title')}
      </h3>
      <p id={`${id}-hint`} className="hint">
        {t('voice.hint')}
      </p>
      <label htmlFor={`${id}-url`}>{t('voice.sampleUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        className="input"
        placeholder={SAMPLE_URL_EXAMPLE}
        value={url}
        disabled={staged !== null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <VoiceSampleFile staged={staged} onStaged={setStaged} disabled={create.isPending} />
      <label htmlFor={`${id}-name`}>{t('voice.name')}</label>
      <input
        id={`${id}-name`}
        className="input"
        maxLength={80}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="row">
        <button
          type="button"
          className="button button-small"
          disabled={create.isPending || !ready}
          onClick={submit}
        >
          {create.isPending ? t('voice.making') : t('voice.make')}
        </button>
      </div>
      <p role="status" className="hint">
        {done === null ? null : t('voice.made', { name: done })}
      </p>
      {create.error ? <ErrorAlert error={toAppError(create.error)} /> : null}
      {asking && staged ? (
        <ConfirmDialog
          title={t('voice.confirmTitle')}
          confirmLabel={t('voice.confirm')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            // The consent is kept with the preferences, as for images and videos; if saving it
            // fails, main refuses the upload and its words are shown below.
            void bridge.images
              .consent({ accepted: true })
              .then(() => make({ audioId: staged.id }))
              .catch(() => make({ audioId: staged.id }));
          }}
        >
          <p>{t('voice.why')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
