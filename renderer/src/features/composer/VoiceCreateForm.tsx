import { useId, useState, type KeyboardEvent } from 'react';
import { voiceSampleProblem, type StagedAudio } from '../../../../shared/voice-sample';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bridge, toAppError } from '../../ipc/kling';
import { useCreateVoice } from '../../query/use-catalog';
import { VoiceSampleFile } from './VoiceSampleFile';

/**
 * A new voice from a 5–30 s recording of one speaker (AceData Kling API docs §10, voices
 * `create`), given by its public address or as a file from this computer, which is published
 * after the upload consent. Not a <form>: it sits inside the composer's form.
 */
export function VoiceCreateForm() {
  const create = useCreateVoice();
  const id = useId();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [staged, setStaged] = useState<StagedAudio | null>(null);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fileBlocked = staged !== null && voiceSampleProblem(staged.facts) !== null;
  const ready = staged !== null ? !fileBlocked : url.trim() !== '';

  const make = (source: { audioUrl: string } | { audioId: string }) => {
    setDone(null);
    create.mutate(
      { ...source, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (voice) => {
          setDone(`Made the voice "${voice.name}". Choose it from the list below.`);
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
        New voice from a sample
      </h3>
      <p id={`${id}-hint`} className="hint">
        A 5–30 s recording of one person speaking, at an https address or from this computer.
      </p>
      <label htmlFor={`${id}-url`}>Sample URL</label>
      <input
        id={`${id}-url`}
        type="url"
        className="input"
        placeholder="https://…mp3"
        value={url}
        disabled={staged !== null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <VoiceSampleFile staged={staged} onStaged={setStaged} disabled={create.isPending} />
      <label htmlFor={`${id}-name`}>Voice name (optional)</label>
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
          {create.isPending ? 'Making the voice…' : 'Make voice'}
        </button>
      </div>
      <p role="status" className="hint">
        {done}
      </p>
      {create.error ? <ErrorAlert error={toAppError(create.error)} /> : null}
      {asking && staged ? (
        <ConfirmDialog
          title="Publish this recording?"
          confirmLabel="Upload"
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
          <p>
            AceData makes voices from a recording at a public address, so it is uploaded to
            AceData&apos;s CDN, where anyone with the link can hear it.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
