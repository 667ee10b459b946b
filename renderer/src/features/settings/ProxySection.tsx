import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { proxyUrlProblem, type ProxyChoice } from '../../../../shared/proxy-choice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bridge, toAppError } from '../../ipc/kling';

type Mode = ProxyChoice['mode'];

const MODES: { mode: Mode; label: string }[] = [
  { mode: 'system', label: "Use this computer's proxy settings" },
  { mode: 'none', label: 'No proxy: connect directly' },
  { mode: 'manual', label: 'Use this proxy:' },
];

/**
 * How the app reaches AceData and the video CDN. Main applies and stores the choice; the
 * address is checked here for a quick answer and again in main, which decides.
 */
export function ProxySection() {
  const [mode, setMode] = useState<Mode>('system');
  const [url, setUrl] = useState('');
  const [saved, setSaved] = useState<ProxyChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Pick<AppError, 'message' | 'traceId'> | null>(null);
  const [done, setDone] = useState(false);
  const labelId = useId();
  const urlId = useId();
  const urlHintId = useId();

  useEffect(() => {
    let live = true;
    bridge.network
      .proxy()
      .then((choice) => {
        if (!live) return;
        setSaved(choice);
        setMode(choice.mode);
        if (choice.mode === 'manual') setUrl(choice.url);
      })
      .catch((caught: unknown) => live && setError(toAppError(caught)));
    return () => {
      live = false;
    };
  }, []);

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    if (mode === 'manual') {
      const problem = proxyUrlProblem(url);
      if (problem) {
        setError({ message: problem, traceId: null });
        return;
      }
    }
    setBusy(true);
    setError(null);
    try {
      const choice: ProxyChoice = mode === 'manual' ? { mode, url: url.trim() } : { mode };
      setSaved(await bridge.network.setProxy(choice));
      setDone(true);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const unchanged =
    saved !== null &&
    saved.mode === mode &&
    (mode !== 'manual' || (saved.mode === 'manual' && saved.url === url.trim()));

  return (
    <section className="stack settings-section" aria-labelledby={labelId}>
      <h3 id={labelId}>Network proxy</h3>
      <form className="stack" onSubmit={onSave}>
        <fieldset className="stack proxy-choices">
          <legend className="visually-hidden">How the app connects</legend>
          {MODES.map((option) => (
            <label key={option.mode} className="row proxy-choice">
              <input
                type="radio"
                name="proxy-mode"
                value={option.mode}
                checked={mode === option.mode}
                onChange={() => {
                  setMode(option.mode);
                  setDone(false);
                }}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <label htmlFor={urlId}>Proxy address</label>
        <input
          id={urlId}
          className="input mono"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="http://proxy.example:8080"
          value={url}
          disabled={mode !== 'manual'}
          aria-describedby={urlHintId}
          onChange={(event) => {
            setUrl(event.target.value);
            setDone(false);
          }}
        />
        <p className="hint" id={urlHintId}>
          API calls, uploads and video downloads go this way. Requests already under way finish on
          the old route.
        </p>
        {error ? <ErrorAlert error={error} /> : null}
        <div className="row">
          <button type="submit" className="button" disabled={busy || unchanged}>
            Save proxy setting
          </button>
          <span role="status" className="hint">
            {done ? 'Saved: new requests use it.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
