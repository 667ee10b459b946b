import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { proxyUrlProblem, type ProxyChoice } from '../../../../shared/proxy-choice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';

type Mode = ProxyChoice['mode'];

/** The choices in the order shown; each one's words are `settings:proxy.<mode>`. */
const MODES: readonly Mode[] = ['system', 'none', 'manual'];

/** An address to show the shape of one: the same in every language. */
const EXAMPLE_URL = 'http://proxy.example:8080';

/**
 * How the app reaches AceData and the video CDN. Main applies and stores the choice; the
 * address is checked here for a quick answer and again in main, which decides.
 */
export function ProxySection() {
  const { t } = useTranslation('settings');
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
      <h3 id={labelId}>{t('proxy.heading')}</h3>
      <form className="stack" onSubmit={onSave}>
        <fieldset className="stack proxy-choices">
          <legend className="visually-hidden">{t('proxy.legend')}</legend>
          {MODES.map((option) => (
            <label key={option} className="row proxy-choice">
              <input
                type="radio"
                name="proxy-mode"
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                  setDone(false);
                }}
              />
              {t(`proxy.${option}`)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={urlId}>{t('proxy.address')}</label>
        <input
          id={urlId}
          className="input mono"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder={EXAMPLE_URL}
          value={url}
          disabled={mode !== 'manual'}
          aria-describedby={urlHintId}
          onChange={(event) => {
            setUrl(event.target.value);
            setDone(false);
          }}
        />
        <p className="hint" id={urlHintId}>
          {t('proxy.hint')}
        </p>
        {error ? <ErrorAlert error={error} /> : null}
        <div className="row">
          <button type="submit" className="button" disabled={busy || unchanged}>
            {t('proxy.save')}
          </button>
          <span role="status" className="hint">
            {done ? t('proxy.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
