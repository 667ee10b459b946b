import { t } from '../../shared/i18n';
import { fireEvent, screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { StagedImageSchema, type StagedImage } from '../../shared/domain';
import type { KlingApi } from '../../shared/bridge';
import type { IpcResult } from '../../shared/contract';
import type { ModelId } from '../../shared/models';
import { Composer } from '../../renderer/src/features/composer/Composer';
import { ConsentDialog } from '../../renderer/src/features/composer/ConsentDialog';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { SettingsDialog } from '../../renderer/src/features/settings/SettingsDialog';
import { selectSettingsOpen, useAppStore } from '../../renderer/src/stores/app-store';
import { selectConsentFor, useComposerStore } from '../../renderer/src/stores/composer-store';
import { useTokenStore } from '../../renderer/src/stores/token-store';
import { tokenStatus } from './fixtures';
import { renderApp } from './render-app';

type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

export const withToken: Handlers = {
  'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
};

/** The composer beside the pieces it talks to (jobs, settings), without the rest of the window. */
function ComposerWindow() {
  const settingsOpen = useAppStore(selectSettingsOpen);
  const consentFor = useComposerStore(selectConsentFor);
  useEffect(() => {
    useTokenStore
      .getState()
      .load()
      .catch(() => undefined);
  }, []);
  return (
    <>
      <Composer />
      <JobQueue />
      {settingsOpen ? <SettingsDialog /> : null}
      {consentFor && !settingsOpen ? <ConsentDialog /> : null}
    </>
  );
}

export function renderComposer(handlers: Handlers = {}) {
  return renderApp({ ...withToken, ...handlers }, <ComposerWindow />);
}

/**
 * Picks the composer's model, for tests whose expectations are about one model rather than
 * whichever the composer starts on.
 */
export async function chooseModel(user: ReturnType<typeof userEvent.setup>, model: ModelId) {
  await user.selectOptions(within(composer()).getByLabelText('Model'), model);
}

/** The composer form, by its name in the language the window is drawn in right now. */
export function composer(): HTMLElement {
  return screen.getByRole('form', { name: t('composer:form.name') });
}

export function generateButton(): HTMLButtonElement {
  return within(composer()).getByRole('button', { name: 'Generate' });
}

export function isBlocked(button: HTMLButtonElement): boolean {
  return button.disabled || button.getAttribute('aria-disabled') === 'true';
}

/** The text a control's aria-describedby points at. */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

let imageCounter = 0;

export function stagedImage(overrides: Partial<StagedImage> = {}): StagedImage {
  imageCounter += 1;
  const id = overrides.id ?? `img_${imageCounter}`;
  return StagedImageSchema.parse({
    id,
    name: 'frame.png',
    source: 'file',
    width: 640,
    height: 360,
    sizeBytes: 20_000,
    mime: 'image/png',
    previewUrl: `/media/image/${id}`,
    url: null,
    ...overrides,
  });
}

/**
 * Adds `urls` in order as reference images by address (the chosen model must take them),
 * waiting for each to be listed before the next.
 */
export async function addReferenceUrls(
  user: ReturnType<typeof userEvent.setup>,
  urls: readonly string[],
): Promise<void> {
  const images = within(composer()).getByRole('region', { name: 'Reference images' });
  for (const url of urls) {
    await user.type(within(images).getByLabelText('Image URL'), url);
    await user.click(within(images).getByRole('button', { name: 'Use URL' }));
    await within(images).findByText(url);
  }
}

/**
 * Gives the fake bridge the preload's `images.addDropped(file)`, which the plain fake lacks:
 * `answer` decides what main says about each dropped file.
 */
export function allowDrops(answer: (file: File) => IpcResult<StagedImage>): File[] {
  const dropped: File[] = [];
  const api = window.kling;
  const images = {
    ...api.images,
    addDropped: async (file: File) => {
      dropped.push(file);
      return answer(file);
    },
  };
  window.kling = { ...api, images } as KlingApi;
  return dropped;
}

export function dropFile(target: HTMLElement, file: File): void {
  const dataTransfer = { files: [file], types: ['Files'], dropEffect: 'none', getData: () => '' };
  fireEvent.dragOver(target, { dataTransfer });
  fireEvent.drop(target, { dataTransfer });
}

export function pngFile(name = 'frame.png'): File {
  return new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], name, { type: 'image/png' });
}
