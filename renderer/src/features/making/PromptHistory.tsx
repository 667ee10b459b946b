import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { formatDateTime, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useComposerStore } from '../../stores/composer-store';
import { COMPOSER_PROMPT_SELECTOR, focusComposerPrompt } from '../composer/composer-focus';

/** Searchable list of prompts sent, most recent first; choosing one puts it in the prompt. */
function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['making', 'common']);
  const titleId = useId();
  const searchId = useId();
  const search = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const wanted = useDebouncedValue(text, 150);
  const query = useQuery({
    queryKey: ['making', 'history', wanted],
    queryFn: () => bridge.making.history(wanted ? { text: wanted } : {}),
    staleTime: 0,
    // The list stays while a narrower search loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
  const recall = (prompt: string) => {
    useComposerStore.getState().setSetting('prompt', prompt);
    onClose();
    // After the dialog has given focus back, so the caret lands in the recalled prompt.
    requestAnimationFrame(() => focusComposerPrompt());
  };
  const entries = query.data ?? [];
  // Enter picks the first prompt, but only from a list that answers the words in the box now:
  // a list still showing an earlier search would recall a prompt the search has left out.
  const onSearchKey = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // The composer's form is around this dialog; Enter must never reach it and send a job.
    event.preventDefault();
    const first = entries[0];
    if (first && wanted === text && !query.isPlaceholderData) recall(first.prompt);
  };
  return (
    <Modal labelledBy={titleId} className="history-dialog" initialFocus={search} onClose={onClose}>
      <h2 id={titleId}>{t('history.title')}</h2>
      <label htmlFor={searchId}>{t('history.search')}</label>
      <input
        ref={search}
        id={searchId}
        type="search"
        className="input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onSearchKey}
      />
      {query.error ? <ErrorAlert error={toAppError(query.error)} /> : null}
      {query.data && entries.length === 0 ? (
        <p role="status">{wanted ? t('history.noMatch') : t('history.none')}</p>
      ) : null}
      <ul className="history-list" aria-label={t('history.list')}>
        {entries.slice(0, 100).map((entry) => (
          <li key={entry.prompt}>
            <button
              type="button"
              className="button button-quiet history-item"
              onClick={() => recall(entry.prompt)}
            >
              {entry.prompt}
            </button>
            <span className="hint"> {formatDateTime(entry.at)}</span>
          </li>
        ))}
      </ul>
      <div className="row row-end">
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}

/**
 * "Prompt history (Alt+↑)": opens the history from a button, or from the prompt with Alt+↑.
 */
export function PromptHistory() {
  const { t } = useTranslation('making');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.key !== 'ArrowUp') return;
      if (!(event.target instanceof Element) || !event.target.matches(COMPOSER_PROMPT_SELECTOR))
        return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-keyshortcuts="Alt+ArrowUp"
        onClick={() => setOpen(true)}
      >
        {t('history.open')}
      </button>
      {open ? <HistoryDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
