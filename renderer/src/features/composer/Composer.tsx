import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { AppError } from '../../../../shared/app-error';
import { PROMPT_MAX_CHARS } from '../../../../shared/domain';
import { DEFAULT_MODEL, type ModelId } from '../../../../shared/models';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../ipc/kling';
import { selectSubmit, useJobsStore } from '../../stores/jobs-store';
import { selectSelectedProject, useLibraryStore } from '../../stores/library-store';
import { MissingTokenHint } from './MissingTokenHint';
import { ModelSelect } from './ModelSelect';

export function Composer() {
  const submit = useJobsStore(selectSubmit);
  const project = useLibraryStore(selectSelectedProject);
  const [prompt, setPrompt] = useState('');
  const [model, setModel] = useState<ModelId>(DEFAULT_MODEL);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  // A ref, not state: two clicks (or Enter plus a click) can land before React re-renders
  // with the button disabled, and each submission may cost the user money.
  const inFlight = useRef(false);
  const promptId = useId();
  const counterId = useId();
  const modelId = useId();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    if (!prompt.trim()) {
      setError(new AppError('empty_prompt', 'Write a prompt first: describe the video you want.'));
      return;
    }
    inFlight.current = true;
    setSubmitting(true);
    setError(null);
    try {
      await submit({
        action: 'text2video',
        prompt,
        model,
        ...(project ? { projectId: project.id } : {}),
      });
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const onPromptKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  const nearLimit = prompt.length >= PROMPT_MAX_CHARS * 0.9;

  return (
    <form aria-label="Composer" className="card composer stack" onSubmit={onSubmit}>
      <h2 className="card-title">New video</h2>
      <MissingTokenHint />
      <div className="field">
        <div className="field-head">
          <label htmlFor={promptId}>Prompt</label>
          <span id={counterId} className={nearLimit ? 'counter counter-near' : 'counter'}>
            {`${prompt.length} / ${PROMPT_MAX_CHARS}`}
          </span>
        </div>
        <textarea
          id={promptId}
          className="input textarea"
          rows={6}
          maxLength={PROMPT_MAX_CHARS}
          value={prompt}
          aria-describedby={counterId}
          placeholder="A paper boat drifting down a rainy street at dusk, close-up, slow motion"
          onChange={(event) => setPrompt(event.target.value)}
          onKeyDown={onPromptKeyDown}
        />
      </div>
      <ModelSelect id={modelId} value={model} onChange={setModel} />
      {error ? <ErrorAlert error={error} /> : null}
      <div className="row row-between">
        <span className="hint">{project ? `Saves to ${project.name}` : null}</span>
        <button type="submit" className="button button-primary" disabled={submitting}>
          Generate
        </button>
      </div>
    </form>
  );
}
