import { fireEvent, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { CatalogItem, CatalogList } from '../../shared/catalog';
import { composer, generateButton, renderComposer } from './composer-harness';
import { job } from './fixtures';

const item = (id: string, name: string): CatalogItem => ({
  id,
  name,
  source: 'preset',
  previewUrl: null,
});
const FOX = item('el_fox', 'Red fox');
const ROBOT = item('el_robot', 'Tin robot');
const OWL = item('el_owl', 'Snow owl');
const CALM = item('v_calm', 'Calm narrator');
const GRUFF = item('v_gruff', 'Gruff captain');

function list(items: CatalogItem[]): CatalogList {
  return { items, fetchedAt: '2026-11-29T10:00:00.000Z', problem: null };
}

const group = (name: 'Elements' | 'Voices') => within(composer()).getByRole('group', { name });

async function pickAll(harness: ReturnType<typeof renderComposer>, kind: 'element' | 'voice') {
  const legend = kind === 'element' ? 'Elements' : 'Voices';
  const names =
    kind === 'element' ? ['Red fox', 'Tin robot', 'Snow owl'] : ['Calm narrator', 'Gruff captain'];
  await harness.user.click(within(group(legend)).getByRole('button', { name: `Choose ${kind}s` }));
  for (const name of names) {
    await harness.user.click(
      await within(group(legend)).findByRole('button', { name: `Use ${kind} ${name}` }),
    );
  }
}

function setPrompt(label: string, value: string): HTMLTextAreaElement {
  const field = within(composer()).getByLabelText<HTMLTextAreaElement>(label);
  fireEvent.change(field, { target: { value } });
  return field;
}

describe('removing a picked element or voice renumbers the prompt’s tags', () => {
  test('removing element 1 drops its tag, renumbers the rest, and the request still matches', async () => {
    const harness = renderComposer({
      'elements:list': () => list([FOX, ROBOT, OWL]),
      'jobs:submit': () => job(),
    });
    await harness.user.selectOptions(within(composer()).getByLabelText('Model'), 'kling-v3');
    await pickAll(harness, 'element');
    const prompt = setPrompt(
      'Prompt',
      'A <<<element_1>>> meets <<<element_2>>> and <<<element_3>>>',
    );

    await harness.user.click(
      within(group('Elements')).getByRole('button', { name: 'Remove element 1' }),
    );
    expect(prompt.value).toBe('A meets <<<element_1>>> and <<<element_2>>>');
    const chosen = within(group('Elements')).getByRole('list', { name: 'Chosen elements' });
    expect(chosen.textContent).toContain('<<<element_1>>> Tin robot');
    expect(chosen.textContent).toContain('<<<element_2>>> Snow owl');

    await harness.user.click(generateButton());
    expect(harness.fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        prompt: 'A meets <<<element_1>>> and <<<element_2>>>',
        elementList: [{ elementId: 'el_robot' }, { elementId: 'el_owl' }],
      }),
    ]);
  });

  test('shot prompts are renumbered too', async () => {
    const harness = renderComposer({ 'elements:list': () => list([FOX, ROBOT, OWL]) });
    const form = composer();
    await harness.user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await harness.user.click(within(form).getByLabelText('Multi-shot storyboard'));
    await harness.user.click(within(form).getByLabelText('Custom shots'));
    await pickAll(harness, 'element');
    const shot = setPrompt('Shot 1 prompt', '<<<element_2>>> chases <<<element_3>>>');

    await harness.user.click(
      within(group('Elements')).getByRole('button', { name: 'Remove element 2' }),
    );
    expect(shot.value).toBe('chases <<<element_2>>>');
  });

  test('removing voice 1 renumbers <<<voice_2>>>', async () => {
    const harness = renderComposer({ 'voices:list': () => list([CALM, GRUFF]) });
    const form = composer();
    await harness.user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    await harness.user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await harness.user.click(within(form).getByLabelText('Generate audio'));
    await pickAll(harness, 'voice');
    const prompt = setPrompt('Prompt', '<<<voice_1>>> asks, <<<voice_2>>> answers');

    await harness.user.click(
      within(group('Voices')).getByRole('button', { name: 'Remove voice 1' }),
    );
    expect(prompt.value).toBe('asks, <<<voice_1>>> answers');
    expect(
      within(group('Voices')).getByRole('list', { name: 'Chosen voices' }).textContent,
    ).toContain('<<<voice_1>>> Gruff captain');
  });
});
