import { useState } from 'react';
import { bridge } from '../../ipc/kling';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectMissingToken, useTokenStore } from '../../stores/token-store';

/** Where both tokens are made; one of the sites the app may open (see the main's allow-list). */
const CONSOLE_URL = 'https://platform.acedata.cloud';

/**
 * The first run's explanation of the two tokens, shown until an API token is saved: what each
 * is for and where to get it, before the first Generate (or the first image upload) fails.
 * AceData's file upload accepts only the platform token (AceData Cloud docs, file upload).
 */
export function MissingTokenHint() {
  const missing = useTokenStore(selectMissingToken);
  const openSettings = useAppStore(selectOpenSettings);
  const [notOpened, setNotOpened] = useState(false);
  if (!missing) return null;
  const openConsole = async () => {
    const { opened } = await bridge.shell
      .openExternal({ url: CONSOLE_URL })
      .catch(() => ({ opened: false }));
    setNotOpened(!opened);
  };
  return (
    <section className="callout first-run stack" aria-label="Before your first video">
      <p>Add your AceData token in Settings first</p>
      <ul className="first-run-tokens">
        <li>
          <strong>API token</strong> — sends your prompts to Kling and follows each job until the
          video is made. Every video needs it.
        </li>
        <li>
          <strong>Platform token</strong> — only for image → video from a picture on this computer:
          AceData&apos;s file upload accepts this token alone, not the API token. A picture given by
          its https address needs none.
        </li>
      </ul>
      <p className="hint">
        Both are made in your AceData Cloud console ({CONSOLE_URL.replace('https://', '')}), and are
        kept in this computer&apos;s keychain.
      </p>
      {notOpened ? (
        <p role="status" className="hint">
          The browser did not open: go to {CONSOLE_URL} yourself.
        </p>
      ) : null}
      <div className="row row-wrap">
        {/* Not named "Settings…" so the top bar button stays the only match for that name. */}
        <button type="button" className="button button-primary" onClick={openSettings}>
          Add token
        </button>
        <button type="button" className="button" onClick={() => void openConsole()}>
          Open the AceData console
        </button>
      </div>
    </section>
  );
}
