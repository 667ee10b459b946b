import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { CatalogItem, CatalogList } from '../../shared/catalog';
import type { AudioFileFacts, StagedAudio } from '../../shared/voice-sample';
import { composer, renderComposer } from './composer-harness';

const GOOD: AudioFileFacts = { container: 'mp3', durationSec: 12, sizeBytes: 180_000 };
const MADE: CatalogItem = { id: 'v_mine', name: 'Grandma', source: 'own', previewUrl: null };

function list(items: CatalogItem[]): CatalogList {
  return { items, fetchedAt: '2026-11-29T10:00:00.000Z', problem: null };
}

/** What main "reads" from the chosen recording: the test decides the facts. */
function answerDroppedAudio(facts: AudioFileFacts): File[] {
  const chosen: File[] = [];
  const api = window.kling;
  const references = {
    ...api.references,
    addDroppedAudio: async (file: File) => {
      chosen.push(file);
      const audio: StagedAudio = { id: 'aud_0123456789abcdef', name: file.name, facts };
      return { ok: true as const, value: audio };
    },
  };
  window.kling = { ...api, references } as KlingApi;
  return chosen;
}

const voices = () => within(composer()).getByRole('group', { name: 'Voices' });

async function openVoiceForm(harness: ReturnType<typeof renderComposer>) {
  const form = composer();
  await harness.user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
  await harness.user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
  await harness.user.click(within(form).getByLabelText('Generate audio'));
  await harness.user.click(within(voices()).getByRole('button', { name: 'Choose voices' }));
}

async function chooseRecording(harness: ReturnType<typeof renderComposer>, name: string) {
  await harness.user.upload(
    within(voices()).getByLabelText(/^Or a recording from this computer/),
    new File([new Uint8Array(8)], name, { type: 'audio/mpeg' }),
  );
}

const makeButton = () =>
  within(voices()).getByRole<HTMLButtonElement>('button', { name: 'Make voice' });

describe('a voice from a recording on this computer', () => {
  test.each<[string, Partial<AudioFileFacts>, string | null]>([
    ['12 s of MP3', {}, null],
    [
      '3 s',
      { durationSec: 3 },
      'This recording lasts 3 s; a voice sample lasts 5–30 s: record a longer one.',
    ],
    [
      '31.2 s',
      { durationSec: 31.2 },
      'This recording lasts 31.2 s; a voice sample lasts 5–30 s: trim it.',
    ],
    [
      'OGG',
      { container: 'ogg' },
      'This recording is OGG; voices are made from MP3, WAV or M4A files: convert it.',
    ],
  ])(
    '%s: the rule is named and Make voice waits for a recording that fits',
    async (_, change, rule) => {
      const harness = renderComposer({ 'voices:list': () => list([]) });
      answerDroppedAudio({ ...GOOD, ...change });
      await openVoiceForm(harness);
      await chooseRecording(harness, 'grandma.mp3');
      await within(voices()).findByText(/^grandma\.mp3: /);
      const issue = voices().querySelector('.voice-create .field-issue');
      expect(issue?.textContent ?? null).toBe(rule);
      expect(makeButton().disabled).toBe(rule !== null);
    },
  );

  test('a recording that fits is published only after the question, then becomes a voice', async () => {
    const harness = renderComposer({
      'voices:list': () => list([]),
      'images:consent': ({ accepted }) => ({ accepted: accepted ?? false }),
      'voices:createFromFile': () => MADE,
    });
    const chosen = answerDroppedAudio(GOOD);
    await openVoiceForm(harness);
    await chooseRecording(harness, 'grandma.mp3');
    expect(chosen.map((file) => file.name)).toEqual(['grandma.mp3']);
    await within(voices()).findByText('grandma.mp3: MP3, 12 s, 0.2 MB');
    // With a file chosen, the URL field is not what is sent.
    expect(within(voices()).getByLabelText<HTMLInputElement>('Sample URL').disabled).toBe(true);
    await harness.user.type(within(voices()).getByLabelText('Voice name (optional)'), 'Grandma');

    await harness.user.click(makeButton());
    const dialog = screen.getByRole('alertdialog', { name: 'Publish this recording?' });
    expect(harness.fake.callsTo('voices:createFromFile')).toEqual([]);
    await harness.user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    await within(voices()).findByText('Made the voice "Grandma". Choose it from the list below.');
    expect(harness.fake.callsTo('images:consent')).toEqual([{ accepted: true }]);
    expect(harness.fake.callsTo('voices:createFromFile')).toEqual([
      { audioId: 'aud_0123456789abcdef', name: 'Grandma' },
    ]);
    expect(harness.fake.callsTo('voices:create')).toEqual([]);
    expect(await within(voices()).findByRole('button', { name: 'Use voice Grandma' })).toBeTruthy();
  });

  test('a recording dropped on the field is read like a chosen one', async () => {
    const harness = renderComposer({ 'voices:list': () => list([]) });
    const chosen = answerDroppedAudio(GOOD);
    await openVoiceForm(harness);
    const input = within(voices()).getByLabelText(/^Or a recording from this computer/);
    const zone = input.closest('.drop-zone');
    const file = new File([new Uint8Array(8)], 'dropped.wav', { type: 'audio/wav' });
    const dataTransfer = { types: ['Files'], files: [file] };
    fireEvent.dragOver(zone!, { dataTransfer });
    fireEvent.drop(zone!, { dataTransfer });
    await within(voices()).findByText(/^dropped\.wav: MP3, 12 s/);
    expect(chosen.map((f) => f.name)).toEqual(['dropped.wav']);
  });

  test('cancelling the question sends nothing', async () => {
    const harness = renderComposer({
      'voices:list': () => list([]),
      'voices:createFromFile': () => MADE,
    });
    answerDroppedAudio(GOOD);
    await openVoiceForm(harness);
    await chooseRecording(harness, 'grandma.mp3');
    await within(voices()).findByText(/^grandma\.mp3: /);
    await harness.user.click(makeButton());
    await harness.user.click(
      within(screen.getByRole('alertdialog', { name: 'Publish this recording?' })).getByRole(
        'button',
        { name: 'Cancel' },
      ),
    );
    expect(harness.fake.callsTo('voices:createFromFile')).toEqual([]);
  });
});
