import { screen, waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import type { StagedVideo } from '../../shared/capabilities/reference-video-file';
import type { ClipDetail } from '../../shared/domain';
import { Composer } from '../../renderer/src/features/composer/Composer';
import { RemixButton } from '../../renderer/src/features/making/RemixButton';
import { withToken } from './composer-harness';
import type { FakeKling } from './fake-kling';
import { clipDetail } from './fixtures';
import { takesAddresses } from './linked-image';
import { renderApp } from './render-app';

export type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

export { clipDetail };

/** A local video main read again, as `references:restoreVideo` answers it. */
export function restoredVideo(name: string, overrides: Partial<StagedVideo['facts']> = {}) {
  return {
    id: 'vid_00112233445566aa',
    name,
    facts: {
      container: 'mp4',
      durationSec: 5,
      fps: 30,
      width: 1280,
      height: 720,
      sizeBytes: 4_000_000,
      ...overrides,
    },
  } satisfies StagedVideo;
}

/**
 * Main as a remix meets it by default: addresses taken as they are, uploads agreed to, and no
 * local file found again (each test that restores one says which).
 */
const remixMain: Handlers = {
  ...withToken,
  ...takesAddresses,
  'images:consent': () => ({ accepted: true }),
  'images:restore': () => null,
  'references:restoreVideo': () => null,
};

/** The composer beside a clip's "Use these settings" button. */
export function renderRemix(record: ClipDetail, handlers: Handlers = {}) {
  return renderApp(
    { ...remixMain, ...handlers },
    <>
      <Composer />
      <RemixButton detail={record} />
    </>,
  );
}

/** Presses "Use these settings" (in either language) and waits for the remix to say it is done. */
export async function useTheseSettings(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.click(screen.getByRole('button', { name: /Use these settings|使用这些设置/ }));
  return waitFor(() => {
    const text = document.querySelector('.remix [role="status"]')?.textContent ?? '';
    expect(text).not.toBe('');
    return text;
  });
}

/** The one tool request Generate sent, once it was sent. */
export async function toolSent(fake: FakeKling): Promise<unknown> {
  await waitFor(() => expect(fake.callsTo('tools:submit')).toHaveLength(1));
  return (fake.callsTo('tools:submit')[0] as { tool: unknown }).tool;
}
