import { bridge } from '../ipc/kling';
import { fillFromSettings } from './composer-fill';
import { useComposerStore, type ComposerState } from './composer-store';
import { useLibraryStore } from './library-store';

/** What the person may have changed while a project's settings were being read. */
function composerMark(state: ComposerState) {
  return [state.action, state.model, state.settings, state.parent] as const;
}

function unchangedSince(mark: ReturnType<typeof composerMark>): boolean {
  const now = composerMark(useComposerStore.getState());
  return now.every((value, i) => value === mark[i]);
}

/**
 * Puts the settings last sent in `projectId` (model, action, every plain option) into the
 * composer, keeping the prompt. Nothing changes when the project has none, when an extension is
 * being written, or when the person changed the composer while main was answering: what they
 * set by hand wins over what was remembered.
 */
export async function restoreProjectSettings(projectId: string): Promise<void> {
  if (useComposerStore.getState().parent) return;
  const mark = composerMark(useComposerStore.getState());
  const remembered = await bridge.making.lastSettings({ projectId }).catch(() => null);
  if (!remembered || !unchangedSince(mark)) return;
  if (useLibraryStore.getState().selectedProjectId !== projectId) return;
  fillFromSettings({
    app: 'Kling Studio',
    version: 1,
    ...remembered,
    prompt: useComposerStore.getState().settings.prompt ?? '',
  });
}

/**
 * Follows the open project: on start and on every switch the composer takes that project's
 * last settings. Returns the function that stops following.
 */
export function followProjectSettings(): () => void {
  const open = useLibraryStore.getState().selectedProjectId;
  if (open) void restoreProjectSettings(open);
  return useLibraryStore.subscribe((state, previous) => {
    const projectId = state.selectedProjectId;
    if (projectId && projectId !== previous.selectedProjectId)
      void restoreProjectSettings(projectId);
  });
}
