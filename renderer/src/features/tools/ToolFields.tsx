import { useEffect, useMemo, type MutableRefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ToolKind } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDrawnLanguage, useTranslation } from '../../i18n';
import { useNow } from '../../lib/use-now';
import { useSelectedProject } from '../../query/use-library';
import { useComposerStore } from '../../stores/composer-store';
import { useToolsStore, type ToolsState } from '../../stores/tools-store';
import { GenerateBar } from '../composer/GenerateBar';
import { LipSyncForm } from './LipSyncForm';
import { MotionForm } from './MotionForm';
import { TalkingPhotoForm } from './TalkingPhotoForm';
import { deriveToolView } from './tool-draft';
import { useToolSubmit } from './use-tool-submit';

function selectDrafts(state: ToolsState) {
  return { motion: state.motion, lipSync: state.lipSync, talkingPhoto: state.talkingPhoto };
}

interface ToolFieldsProps {
  mode: ToolKind;
  /** The composer's form calls this on submit (Generate, or Enter in a field). */
  submitRef: MutableRefObject<(() => void) | null>;
}

/**
 * The composer in a tool mode: the tool's own small set of fields, checked live by the rules
 * main runs again, and Generate into the same queue as videos.
 */
export function ToolFields({ mode, submitRef }: ToolFieldsProps) {
  const { t } = useTranslation('tools');
  const drafts = useToolsStore(useShallow(selectDrafts));
  const image = useComposerStore((state) => state.toolImage);
  const project = useSelectedProject();
  // The lip-sync clip's age counts; a minute's precision is plenty for a 30-day limit.
  const now = useNow(mode === 'lip-sync', 60_000);
  const language = useDrawnLanguage();
  const view = useMemo(
    () => deriveToolView(mode, drafts, image, project?.id, now, language),
    [mode, drafts, image, project?.id, now, language],
  );
  const { generate, submitting, error } = useToolSubmit(view);
  useEffect(() => {
    submitRef.current = () => void generate();
  });
  return (
    <>
      {/* What the tool does, in a line under the mode switch. */}
      <p className="hint">{t(`hint.${mode}`)}</p>
      {mode === 'motion' ? <MotionForm view={view} /> : null}
      {mode === 'lip-sync' ? <LipSyncForm view={view} /> : null}
      {mode === 'talking-photo' ? <TalkingPhotoForm view={view} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      <GenerateBar view={view} submitting={submitting} />
    </>
  );
}
