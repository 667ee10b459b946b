import { useShallow } from 'zustand/react/shallow';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { selectImageActions, useComposerStore } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import { COMPOSER_PROMPT_SELECTOR } from './composer-focus';

/** Asked before the first upload: the image becomes public on AceData's CDN. */
export function ConsentDialog() {
  const { answerConsent } = useComposerStore(useShallow(selectImageActions));
  const { t } = useTranslation('composer');
  return (
    <ConfirmDialog
      title={t('consent.title')}
      confirmLabel={t('consent.upload')}
      onConfirm={() => void answerConsent(true)}
      onCancel={() => void answerConsent(false)}
      fallbackFocus={COMPOSER_PROMPT_SELECTOR}
    >
      <p>{t('consent.why')}</p>
      <p className="hint">{t('consent.once')}</p>
    </ConfirmDialog>
  );
}
