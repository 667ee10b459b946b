import { useState } from 'react';
import { isToolKind, type ClipDetail } from '../../../../shared/domain';
import { focusComposerPrompt } from '../composer/composer-focus';
import { formatList, t as translate, useTranslation } from '../../i18n';
import { canRemix, remixClip, type RemixResult } from './remix';
import { inputName, type RemixInput } from './remix-inputs';
import { remixToolClip } from './remix-tool';

/** A tool clip fills its tool's form; a video clip, the composer. */
async function remixAny(detail: ClipDetail): Promise<RemixResult> {
  if (!isToolKind(detail.action)) return remixClip(detail);
  return { ...(await remixToolClip(detail)), localStill: false };
}

/** Inputs named and joined as the current language lists them ("a, b and c" / "a、b和c"). */
function names(inputs: readonly RemixInput[]): string {
  return formatList(inputs.map(inputName));
}

/** What the remix put back and what it did not, in whole sentences of the current language. */
function summary({ notRestored, localStill }: RemixResult): string {
  const missing = names(notRestored);
  // One whole message per case, so each language writes its own sentences.
  if (notRestored.length === 0)
    return translate(localStill ? 'making:remix.restoredStill' : 'making:remix.restored');
  return translate(
    localStill ? 'making:remix.restoredStillPartly' : 'making:remix.restoredPartly',
    { missing },
  );
}

/** Which inputs came back from this computer and which by address only. */
function sources({ local, byAddress }: RemixResult): string[] {
  return [
    ...(local.length > 0 ? [translate('studio:remix.local', { inputs: names(local) })] : []),
    ...(byAddress.length > 0
      ? [translate('studio:remix.byAddress', { inputs: names(byAddress) })]
      : []),
  ];
}

/**
 * What the last press did, kept as facts so a language switch rewords it: the inputs that came
 * back and how, or the reason it failed.
 */
type RemixNotice = { kind: 'done'; result: RemixResult } | { kind: 'failed'; reason: string };

function noticeSentences(notice: RemixNotice | null): string[] {
  if (!notice) return [];
  if (notice.kind === 'failed')
    return [translate('making:remix.failed', { reason: notice.reason })];
  return [summary(notice.result), ...sources(notice.result)];
}

interface RemixButtonProps {
  /** The clip's full record; the button waits for it (null while loading). */
  detail: ClipDetail | null;
}

/** "Use these settings": the clip's request back in the composer, saying what did not come back. */
export function RemixButton({ detail }: RemixButtonProps) {
  const { t } = useTranslation('making');
  const [notice, setNotice] = useState<RemixNotice | null>(null);
  const [busy, setBusy] = useState(false);
  if (detail && !canRemix(detail) && !isToolKind(detail.action)) return null;

  const remix = async () => {
    if (!detail) return;
    setBusy(true);
    setNotice(null);
    try {
      const result = await remixAny(detail);
      setNotice({ kind: 'done', result });
      focusComposerPrompt();
    } catch (caught) {
      setNotice({
        kind: 'failed',
        reason: caught instanceof Error ? caught.message : String(caught),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="remix">
      <button
        type="button"
        className="button button-small"
        disabled={!detail || busy}
        onClick={() => void remix()}
      >
        {t('remix.button')}
      </button>
      <p role="status" className="detail-notice">
        {noticeSentences(notice).map((sentence) => (
          <span key={sentence} className="remix-sentence">
            {sentence}
          </span>
        ))}
      </p>
    </div>
  );
}
