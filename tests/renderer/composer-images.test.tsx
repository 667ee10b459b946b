import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { linkedImage } from './linked-image';
import { useAppStore } from '../../renderer/src/stores/app-store';
import {
  chooseModel,
  allowDrops,
  composer,
  descriptionOf,
  dropFile,
  generateButton,
  isBlocked,
  pngFile,
  renderComposer,
  stagedImage,
} from './composer-harness';
import { job } from './fixtures';

const CDN = 'https://cdn.acedata.cloud/frame.png';

async function openImageToVideo(user: ReturnType<typeof renderComposer>['user']) {
  await user.click(within(composer()).getByRole('radio', { name: 'Image to video' }));
  return {
    start: () => within(composer()).getByRole('region', { name: 'Start frame' }),
    end: () => within(composer()).getByRole('region', { name: 'End frame' }),
  };
}

describe('Frames by drag and drop', () => {
  test('asks before the first upload; Upload publishes it and shows the thumbnail', async () => {
    let consented = false;
    const { fake, user } = renderComposer({
      'images:consent': ({ accepted }) => {
        if (accepted !== undefined) consented = accepted;
        return { accepted: consented };
      },
      'images:upload': ({ imageId }) => stagedImage({ id: imageId, url: CDN }),
      'jobs:submit': () => job(),
    });
    const dropped = allowDrops(() => ({ ok: true, value: stagedImage({ id: 'img_start' }) }));
    const zones = await openImageToVideo(user);
    await chooseModel(user, 'kling-v1');
    expect(isBlocked(generateButton())).toBe(true);
    expect(descriptionOf(generateButton())).toContain('Add a start frame');

    dropFile(zones.start(), pngFile());
    const dialog = await screen.findByRole('alertdialog', { name: 'Publish this image?' });
    expect(dropped.map((file) => file.name)).toEqual(['frame.png']);
    expect(dialog.textContent).toMatch(/AceData's\s+CDN/);
    expect(dialog.textContent).toContain('Anyone with the link');
    // Nothing is published before the answer; focus starts on the choice that publishes nothing.
    expect(fake.callsTo('images:upload')).toEqual([]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    const thumb = await within(zones.start()).findByRole<HTMLImageElement>('img', {
      name: 'Start frame: frame.png',
    });
    expect(thumb.getAttribute('src')).toBe('/media/image/img_start');
    expect(fake.callsTo('images:consent')).toEqual([{}, { accepted: true }]);
    expect(fake.callsTo('images:upload')).toEqual([{ imageId: 'img_start' }]);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    // The answer is remembered by main: the end frame uploads without asking again.
    allowDrops(() => ({ ok: true, value: stagedImage({ id: 'img_end', name: 'last.png' }) }));
    dropFile(zones.end(), pngFile('last.png'));
    await within(zones.end()).findByRole('img', { name: /^End frame: / });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.type(within(composer()).getByLabelText('Prompt'), 'The boat sails off');
    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      {
        action: 'image2video',
        model: 'kling-v1',
        prompt: 'The boat sails off',
        startImageUrl: CDN,
        endImageUrl: CDN,
        clientRequestId: expect.any(String),
      },
    ]);
  });

  test('Cancel publishes nothing, remembers the refusal with main and empties the zone', async () => {
    const { fake, user } = renderComposer({
      'images:consent': ({ accepted }) => ({ accepted: accepted ?? false }),
      'images:discard': () => ({ discarded: true }),
    });
    allowDrops(() => ({ ok: true, value: stagedImage({ id: 'img_no' }) }));
    const zones = await openImageToVideo(user);
    dropFile(zones.start(), pngFile());
    const dialog = await screen.findByRole('alertdialog', { name: 'Publish this image?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(fake.callsTo('images:discard')).toEqual([{ imageId: 'img_no' }]));
    expect(fake.callsTo('images:consent')).toEqual([{}, { accepted: false }]);
    expect(fake.callsTo('images:upload')).toEqual([]);
    expect(within(zones.start()).getByRole('button', { name: 'Choose file…' })).toBeTruthy();
  });

  test('a refused file shows the rule main names, in the zone, and nothing is uploaded', async () => {
    const { fake, user } = renderComposer({ 'images:consent': () => ({ accepted: true }) });
    const rule = 'This image is 100 × 100 px; Kling needs the shortest side to be at least 300 px.';
    allowDrops(() => ({
      ok: false,
      error: { code: 'image_too_small', message: rule, traceId: null },
    }));
    const zones = await openImageToVideo(user);
    dropFile(zones.start(), pngFile('tiny.png'));
    const alert = await within(zones.start()).findByRole('alert');
    expect(alert.textContent).toBe(rule);
    expect(fake.callsTo('images:consent')).toEqual([]);
    expect(fake.callsTo('images:upload')).toEqual([]);
  });

  test('a missing platform token says so, opens Settings, and the upload can be tried again', async () => {
    let token = false;
    const { fake, user } = renderComposer({
      'images:consent': () => ({ accepted: true }),
      'images:upload': ({ imageId }) => {
        if (!token)
          throw new AppError(
            'no_platform_token',
            'No platform token is saved, so this image cannot be uploaded.',
          );
        return stagedImage({ id: imageId, url: CDN });
      },
    });
    allowDrops(() => ({ ok: true, value: stagedImage({ id: 'img_tok' }) }));
    const zones = await openImageToVideo(user);
    dropFile(zones.start(), pngFile());
    const alert = await within(zones.start()).findByRole('alert');
    expect(alert.textContent).toContain('No platform token is saved');
    await user.click(within(zones.start()).getByRole('button', { name: 'Open Settings' }));
    expect(useAppStore.getState().settingsOpen).toBe(true);
    useAppStore.getState().closeSettings();

    token = true;
    await user.click(within(zones.start()).getByRole('button', { name: 'Try the upload again' }));
    await within(zones.start()).findByRole('img', { name: 'Start frame: frame.png' });
    expect(fake.callsTo('images:upload')).toEqual([{ imageId: 'img_tok' }, { imageId: 'img_tok' }]);
  });

  test('an https address is used as given: no consent, no upload, the address shown', async () => {
    const url = 'https://example.com/photos/harbour.jpg';
    const { fake, user } = renderComposer({
      'images:fromUrl': ({ url: given }) =>
        linkedImage(given, { id: 'img_url', name: 'harbour.jpg' }),
      'images:discard': () => ({ discarded: true }),
    });
    const zones = await openImageToVideo(user);
    await user.type(within(zones.start()).getByLabelText('Image URL'), `${url}{Enter}`);
    await within(zones.start()).findByText(url);
    expect(fake.callsTo('images:fromUrl')).toEqual([{ url }]);
    expect(fake.callsTo('images:consent')).toEqual([]);
    expect(fake.callsTo('jobs:submit')).toEqual([]);

    const remove = within(zones.start()).getByRole('button', { name: 'Remove start frame' });
    await user.click(remove);
    expect(fake.callsTo('images:discard')).toEqual([{ imageId: 'img_url' }]);
    expect(within(zones.start()).queryByText(url)).toBeNull();
    // Focus stays in the zone instead of falling to the page.
    expect(zones.start().contains(document.activeElement)).toBe(true);
  });

  test('the file dialog stages what is picked, and a cancelled dialog changes nothing', async () => {
    let picked: ReturnType<typeof stagedImage> | null = null;
    const { fake, user } = renderComposer({
      'images:pick': () => picked,
      'images:consent': () => ({ accepted: true }),
      'images:upload': ({ imageId }) => stagedImage({ id: imageId, url: CDN, name: 'picked.jpg' }),
    });
    const zones = await openImageToVideo(user);
    await user.click(within(zones.start()).getByRole('button', { name: 'Choose file…' }));
    await waitFor(() => expect(fake.callsTo('images:pick')).toHaveLength(1));
    expect(fake.callsTo('images:upload')).toEqual([]);

    picked = stagedImage({ id: 'img_pick', name: 'picked.jpg' });
    await user.click(within(zones.start()).getByRole('button', { name: 'Choose file…' }));
    await within(zones.start()).findByRole('img', { name: 'Start frame: picked.jpg' });
  });

  test('a file dropped outside a zone is refused by the window, not opened in its place', () => {
    renderComposer();
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    document.body.dispatchEvent(over);
    document.body.dispatchEvent(drop);
    expect(over.defaultPrevented).toBe(true);
    expect(drop.defaultPrevented).toBe(true);
  });
});
