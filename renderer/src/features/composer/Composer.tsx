import { useMemo, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectAnnouncement, selectInputs, useComposerStore } from '../../stores/composer-store';
import { useDrawnLanguage, useTranslation } from '../../i18n';
import { ActionSwitch } from './ActionSwitch';
import { AdvancedField } from './AdvancedField';
import { AudioField } from './AudioField';
import { CameraControlField } from './CameraControlField';
import { CfgScaleField } from './CfgScaleField';
import { SettingsImport } from '../finishing/SettingsImport';
import { ComposerHelp } from './ComposerHelp';
import { deriveView } from './composer-view';
import { ExtendChip } from './ExtendChip';
import { FrameZone } from './FrameZone';
import { GenerateBar } from './GenerateBar';
import { MissingTokenHint } from './MissingTokenHint';
import { modelMoveText } from './model-move-text';
import { ModelSelect } from './ModelSelect';
import { NegativePromptField } from './NegativePromptField';
import { OptionsRow } from './OptionsRow';
import { PromptField } from './PromptField';
import { ReferencesField } from './ReferencesField';
import { ShotsField } from './ShotsField';
import { ElementsField } from './ElementsField';
import { VoicesField } from './VoicesField';
import { useGenerate } from './use-generate';
import { useWindowDropGuard } from './use-window-drop-guard';
import { selectToolMode, useToolsStore } from '../../stores/tools-store';
import { ToolFields } from '../tools/ToolFields';
import { MakingControls } from '../making/MakingControls';
import { BatchButton } from '../making/BatchButton';
import { PresetsField } from '../making/PresetsField';
import { PromptAids } from '../making/PromptAids';

/** Input types whose Enter is their own press, not a submission of the form around them. */
const PRESSED_BY_ENTER = new Set(['button', 'submit', 'reset', 'image']);

/**
 * Enter in a single-line field must not send a paid job. The browser's implicit submission
 * clicks the form's default button, so by the submit event it looks like a press of Generate;
 * only the keydown still tells the two apart. A field that gives Enter a meaning of its own
 * (save a preset, add an address) handles it first; Ctrl/⌘+Enter still generates.
 */
function stopImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target instanceof HTMLInputElement && !PRESSED_BY_ENTER.has(target.type)) {
    event.preventDefault();
  }
}

/**
 * Text to video, image to video and extend in one form. Every control reads one derived view
 * (availability, options, issues) so what is shown, what is checked and what is sent agree.
 */
export function Composer() {
  const inputs = useComposerStore(useShallow(selectInputs));
  const language = useDrawnLanguage();
  const view = useMemo(() => deriveView(inputs, language), [inputs, language]);
  const announcement = useComposerStore(selectAnnouncement);
  // Judged again only when the change or the language does: the rules are not free to run.
  const announced = useMemo(() => modelMoveText(announcement, language), [announcement, language]);
  const { generate, submitting, error, notice } = useGenerate(view);
  const toolMode = useToolsStore(selectToolMode);
  const { t } = useTranslation('composer');
  useWindowDropGuard();

  // A tool's fields hand their own send here, so one form serves every mode.
  const toolSubmit = useRef<(() => void) | null>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (toolMode !== null) toolSubmit.current?.();
    else void generate();
  };
  const { action, parent } = view.inputs;
  const extending = action === 'extend' && parent !== null;

  return (
    <>
      {/* noValidate: the shared rules check every field and say what to do; the browser's don't.
          The keydown listener makes nothing interactive: it only stops Enter's submission. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form
        aria-label={t('form.name')}
        className="card composer stack"
        noValidate
        onSubmit={onSubmit}
        onKeyDown={stopImplicitSubmit}
      >
        <h2 className="card-title">{t('form.title')}</h2>
        <ComposerHelp />
        {/* One line for both, so the prompt stays on the first screen. */}
        <div className="composer-tools">
          <SettingsImport />
          <BatchButton />
        </div>
        <MissingTokenHint />
        <ActionSwitch view={view} />
        {/* Motion control, lip-sync and talking photo each have fields of their own. */}
        {toolMode !== null ? (
          <ToolFields mode={toolMode} submitRef={toolSubmit} />
        ) : (
          <>
            {extending ? <ExtendChip parent={parent} /> : null}
            <ModelSelect view={view} />
            <p role="status" className="composer-announcement">
              {announced}
            </p>
            {action === 'image2video' ? (
              <div className="frames">
                <FrameZone slot="start" view={view} />
                <FrameZone slot="end" view={view} />
              </div>
            ) : null}
            <PromptField view={view} />
            <PromptAids request={view.request} />
            {/* Below the prompt: a newcomer's first sight is what to write, not saved setups. */}
            <PresetsField request={view.request} />
            <NegativePromptField view={view} />
            <OptionsRow view={view} />
            <CfgScaleField view={view} />
            {action === 'extend' ? null : (
              <>
                <ShotsField view={view} />
                <CameraControlField view={view} />
                <AudioField view={view} />
                <ElementsField view={view} />
                <VoicesField view={view} />
                <ReferencesField view={view} />
              </>
            )}
            <AdvancedField view={view} />
            <GenerateBar
              view={view}
              submitting={submitting}
              error={error}
              notice={notice}
              extra={<MakingControls request={view.request} />}
            />
          </>
        )}
      </form>
    </>
  );
}
