import { useId, useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../ipc/kling';
import { useCreateVoice } from '../../query/use-catalog';

/**
 * A new voice from a 5–30 s recording of one speaker, given by its public address (AceData
 * Kling API docs §10, voices `create`). Not a <form>: it sits inside the composer's form.
 */
export function VoiceCreateForm() {
  const create = useCreateVoice();
  const id = useId();
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const submit = () => {
    if (create.isPending || url.trim() === '') return;
    setDone(null);
    create.mutate(
      { audioUrl: url.trim(), ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (voice) => {
          setDone(`Made the voice "${voice.name}". Choose it from the list below.`);
          setUrl('');
          setName('');
        },
      },
    );
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
        A 5–30 s recording of one person speaking, at an https address.
      </p>
      <label htmlFor={`${id}-url`}>Sample URL</label>
      <input
        id={`${id}-url`}
        type="url"
        className="input"
        placeholder="https://…mp3"
        value={url}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setUrl(event.target.value)}
        onKeyDown={onKeyDown}
      />
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
          disabled={create.isPending || url.trim() === ''}
          onClick={submit}
        >
          {create.isPending ? 'Making the voice…' : 'Make voice'}
        </button>
      </div>
      <p role="status" className="hint">
        {done}
      </p>
      {create.error ? <ErrorAlert error={toAppError(create.error)} /> : null}
    </section>
  );
}
