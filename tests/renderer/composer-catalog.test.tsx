import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { CatalogItem, CatalogList } from '../../shared/catalog';
import type { ModelId } from '../../shared/models';
import {
  addReferenceUrls,
  chooseModel,
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { job } from './fixtures';
import { takesAddresses } from './linked-image';

const FOX: CatalogItem = { id: 'el_fox', name: 'Red fox', source: 'preset', previewUrl: null };
const ROBOT: CatalogItem = {
  id: 'el_robot',
  name: 'Tin robot',
  source: 'preset',
  previewUrl: null,
};
const OWL: CatalogItem = { id: 7, name: 'Snow owl', source: 'preset', previewUrl: null };
const MASCOT: CatalogItem = {
  id: 'el_own_1',
  name: 'My mascot',
  source: 'own',
  previewUrl: 'https://cdn.example.com/el/m.png',
};
const CALM: CatalogItem = {
  id: 'v_calm',
  name: 'Calm narrator',
  source: 'preset',
  previewUrl: null,
};

function list(items: CatalogItem[], problem: CatalogList['problem'] = null): CatalogList {
  return { items, fetchedAt: '2026-11-29T10:00:00.000Z', problem };
}

function elementsGroup() {
  return within(composer()).getByRole('group', { name: 'Elements' });
}

function voicesGroup() {
  return within(composer()).getByRole('group', { name: 'Voices' });
}

describe('element picker', () => {
  test.each<[ModelId, string | null]>([
    ['kling-v1', 'kling-v1 takes no elements'],
    ['kling-v2-6', 'kling-v2-6 takes no elements'],
    ['kling-v3-turbo', 'kling-v3-turbo takes no elements'],
    ['kling-v3', null],
    ['kling-v3-omni', null],
    ['kling-o1', null],
  ])('on %s elements are offered or the reason is shown', async (model, reason) => {
    const harness = renderComposer();
    await chooseModel(harness.user, model);
    const group = elementsGroup();
    const button = within(group).queryByRole('button', { name: 'Choose elements' });
    expect(button === null).toBe(reason !== null);
    if (reason) expect(descriptionOf(group)).toContain(reason);
  });

  test('opens from the cache at once, refreshes from AceData, and a pick writes its tag at the caret and fills element_list', async () => {
    const harness = renderComposer({
      'elements:list': ({ refresh }) => (refresh ? list([MASCOT, FOX, ROBOT]) : list([FOX])),
      'jobs:submit': () => job(),
    });
    const { user, fake } = harness;
    await chooseModel(harness.user, 'kling-v3');
    const prompt = within(composer()).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.type(prompt, 'A  walks');
    await user.click(within(elementsGroup()).getByRole('button', { name: 'Choose elements' }));
    await within(elementsGroup()).findByRole('button', { name: 'Use element Red fox' });
    await within(elementsGroup()).findByRole('button', { name: 'Use element My mascot' });
    expect(fake.callsTo('elements:list')).toEqual([{ refresh: false }, { refresh: true }]);

    prompt.setSelectionRange(2, 2);
    await user.click(within(elementsGroup()).getByRole('button', { name: 'Use element Red fox' }));
    expect(prompt.value).toBe('A <<<element_1>>> walks');
    expect(document.activeElement).toBe(prompt);
    prompt.setSelectionRange(prompt.value.length, prompt.value.length);
    await user.click(
      within(elementsGroup()).getByRole('button', { name: 'Use element My mascot' }),
    );
    expect(prompt.value).toBe('A <<<element_1>>> walks<<<element_2>>>');
    const chosen = within(elementsGroup()).getByRole('list', { name: 'Chosen elements' });
    expect(chosen.textContent).toContain('<<<element_1>>> Red fox');
    expect(chosen.textContent).toContain('<<<element_2>>> My mascot');

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        model: 'kling-v3',
        prompt: 'A <<<element_1>>> walks<<<element_2>>>',
        elementList: [{ elementId: 'el_fox' }, { elementId: 'el_own_1' }],
      }),
    ]);
  });

  test('offline, the cached list still works and the refusal says what happened', async () => {
    const harness = renderComposer({
      'elements:list': ({ refresh }) =>
        list(
          [OWL],
          refresh
            ? {
                code: 'feature_unavailable',
                message: 'Elements are not available on this AceData account yet.',
                traceId: 'tr-1',
              }
            : null,
        ),
    });
    await chooseModel(harness.user, 'kling-o1');
    await harness.user.click(
      within(elementsGroup()).getByRole('button', { name: 'Choose elements' }),
    );
    const alert = await within(elementsGroup()).findByRole('alert');
    expect(alert.textContent).toContain('Elements are not available on this AceData account yet.');
    await harness.user.click(
      within(elementsGroup()).getByRole('button', { name: 'Use element Snow owl' }),
    );
    // A numeric id is kept as the list gave it.
    expect(
      within(elementsGroup()).getByRole('list', { name: 'Chosen elements' }).textContent,
    ).toContain('Snow owl');
  });

  test('at most three elements: the fourth cannot be picked', async () => {
    const extra: CatalogItem = { ...FOX, id: 'el_4', name: 'Paper crane' };
    const harness = renderComposer({
      'elements:list': () => list([FOX, ROBOT, OWL, extra]),
    });
    await chooseModel(harness.user, 'kling-v3');
    await harness.user.click(
      within(elementsGroup()).getByRole('button', { name: 'Choose elements' }),
    );
    for (const name of ['Red fox', 'Tin robot', 'Snow owl']) {
      await harness.user.click(
        await within(elementsGroup()).findByRole('button', { name: `Use element ${name}` }),
      );
    }
    expect(
      within(elementsGroup()).getByRole<HTMLButtonElement>('button', {
        name: 'Use element Paper crane',
      }).disabled,
    ).toBe(true);
    expect(within(elementsGroup()).getByText('At most 3 elements in one video.')).toBeTruthy();
  });

  test('beside a reference video, images and elements share a budget of four, named beside the elements', async () => {
    const harness = renderComposer({
      'elements:list': () => list([FOX, ROBOT, OWL]),
      ...takesAddresses,
    });
    const { user } = harness;
    await chooseModel(harness.user, 'kling-v3-omni');
    const form = composer();
    await addReferenceUrls(user, [
      'https://cdn.example.com/1.png',
      'https://cdn.example.com/2.png',
    ]);
    fireEvent.change(within(form).getByLabelText('Reference video URL'), {
      target: { value: 'https://cdn.example.com/walk.mp4' },
    });
    await user.click(within(elementsGroup()).getByRole('button', { name: 'Choose elements' }));
    for (const name of ['Red fox', 'Tin robot', 'Snow owl']) {
      await user.click(
        await within(elementsGroup()).findByRole('button', { name: `Use element ${name}` }),
      );
    }
    expect(elementsGroup().querySelector('.field-issue')?.textContent).toBe(
      'Give at most 4 reference images and elements together when a reference video is given: you gave 5',
    );
    expect(isBlocked(generateButton())).toBe(true);
  });

  test('an own element is viewed and deleted after confirming; a preset has no Delete', async () => {
    const harness = renderComposer({
      'elements:list': () => list([MASCOT, FOX]),
      'elements:delete': () => ({ deleted: true }),
    });
    const { user, fake } = harness;
    await chooseModel(harness.user, 'kling-v3');
    await user.click(within(elementsGroup()).getByRole('button', { name: 'Choose elements' }));
    await user.click(
      await within(elementsGroup()).findByRole('button', { name: 'View element My mascot' }),
    );
    expect(within(elementsGroup()).getByText('el_own_1')).toBeTruthy();
    expect(within(elementsGroup()).getByText('https://cdn.example.com/el/m.png')).toBeTruthy();
    expect(within(elementsGroup()).queryByRole('button', { name: 'Delete element Red fox' })).toBe(
      null,
    );

    await user.click(
      within(elementsGroup()).getByRole('button', { name: 'Delete element My mascot' }),
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the element "My mascot"?' });
    expect(fake.callsTo('elements:delete')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(fake.callsTo('elements:delete')).toEqual([{ elementId: 'el_own_1' }]);
    await expect
      .poll(() => within(elementsGroup()).queryByRole('button', { name: 'Use element My mascot' }))
      .toBe(null);
  });
});

describe('voice picker', () => {
  test.each<[string, ModelId, 'std' | 'pro', boolean, string | null]>([
    ['a model without voices', 'kling-v3', 'std', true, 'kling-v3 has no voices'],
    [
      'kling-v2-6 in std mode',
      'kling-v2-6',
      'std',
      false,
      'kling-v2-6 allows voices only in pro mode',
    ],
    [
      'kling-v2-6 pro without audio',
      'kling-v2-6',
      'pro',
      false,
      'Voices speak only in generated audio',
    ],
    ['kling-v2-6 pro with audio', 'kling-v2-6', 'pro', true, null],
  ])('%s: voices are offered or the reason is shown', async (_, model, mode, audio, reason) => {
    const harness = renderComposer();
    const { user } = harness;
    await chooseModel(harness.user, model);
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Mode'), mode);
    if (audio) await user.click(within(form).getByLabelText('Generate audio'));
    const button = within(voicesGroup()).queryByRole('button', { name: 'Choose voices' });
    expect(button === null).toBe(reason !== null);
    if (reason) expect(descriptionOf(voicesGroup())).toContain(reason);
  });

  test('a voice made from a sample URL is listed, picked into the prompt and sent as voice_list', async () => {
    const made: CatalogItem = { id: 'v_new', name: 'Grandpa', source: 'own', previewUrl: null };
    const harness = renderComposer({
      'voices:list': () => list([CALM]),
      'voices:create': () => made,
      'jobs:submit': () => job(),
    });
    const { user, fake } = harness;
    await chooseModel(harness.user, 'kling-v2-6');
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.click(within(form).getByLabelText('Generate audio'));
    await user.type(within(form).getByLabelText('Prompt'), 'He says hello: ');
    await user.click(within(voicesGroup()).getByRole('button', { name: 'Choose voices' }));
    await user.type(
      within(voicesGroup()).getByLabelText('Sample URL'),
      'https://cdn.example.com/grandpa.mp3',
    );
    await user.type(
      within(voicesGroup()).getByLabelText('Voice name (optional)'),
      'Grandpa{Enter}',
    );
    expect(fake.callsTo('voices:create')).toEqual([
      { audioUrl: 'https://cdn.example.com/grandpa.mp3', name: 'Grandpa' },
    ]);
    // Enter made the voice; it did not submit a video.
    expect(fake.callsTo('jobs:submit')).toEqual([]);
    await user.click(
      await within(voicesGroup()).findByRole('button', { name: 'Use voice Grandpa' }),
    );
    const prompt = within(form).getByLabelText<HTMLTextAreaElement>('Prompt');
    expect(prompt.value).toBe('He says hello: <<<voice_1>>>');

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        model: 'kling-v2-6',
        mode: 'pro',
        generateAudio: true,
        voiceList: [{ voiceId: 'v_new' }],
      }),
    ]);
  });

  test('turning audio off keeps the picked voice on screen but leaves it out, with the reason', async () => {
    const harness = renderComposer({ 'voices:list': () => list([CALM]) });
    const { user } = harness;
    await chooseModel(harness.user, 'kling-v2-6');
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.click(within(form).getByLabelText('Generate audio'));
    await user.click(within(voicesGroup()).getByRole('button', { name: 'Choose voices' }));
    await user.click(
      await within(voicesGroup()).findByRole('button', { name: 'Use voice Calm narrator' }),
    );
    await user.click(within(form).getByLabelText('Generate audio'));
    expect(descriptionOf(voicesGroup())).toContain('Voices speak only in generated audio');
    expect(within(voicesGroup()).getByRole('list', { name: 'Chosen voices' })).toBeTruthy();
  });
});
