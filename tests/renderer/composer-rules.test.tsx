import { fireEvent, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ModelId } from '../../shared/models';
import {
  chooseModel,
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { job } from './fixtures';

type Control = 'Generate audio' | 'Camera move' | 'Negative prompt' | 'Cfg scale';

/** For each model (text to video, default settings): the controls that are off, and why. */
const AVAILABILITY: readonly {
  model: ModelId;
  off: Partial<Record<Control, string>>;
  references: string | null;
}[] = [
  {
    model: 'kling-v1',
    off: { 'Generate audio': 'kling-v1 has no generated audio' },
    references: 'kling-v1 takes no reference images or videos',
  },
  {
    model: 'kling-v2-master',
    off: {
      'Generate audio': 'kling-v2-master has no generated audio',
      'Camera move': 'kling-v2-master has no camera control',
    },
    references: 'kling-v2-master takes no reference images or videos',
  },
  {
    model: 'kling-v2-6',
    off: {
      'Generate audio': 'kling-v2-6 allows generated audio only in pro mode',
      'Camera move': 'kling-v2-6 has no camera control',
    },
    references: 'kling-v2-6 takes no reference images or videos',
  },
  { model: 'kling-v3', off: {}, references: 'kling-v3 takes no reference images or videos' },
  {
    model: 'kling-v3-omni',
    off: { 'Camera move': 'kling-v3-omni has no camera control' },
    references: null,
  },
  {
    model: 'kling-o1',
    off: {
      'Generate audio': 'kling-o1 has no generated audio',
      'Camera move': 'kling-o1 has no camera control',
    },
    references: null,
  },
];

const CONTROLS: readonly Control[] = [
  'Generate audio',
  'Camera move',
  'Negative prompt',
  'Cfg scale',
];

function control(label: Control): HTMLInputElement {
  return within(composer()).getByLabelText<HTMLInputElement>(label);
}

describe('Composer rules per model', () => {
  test.each(AVAILABILITY)(
    '$model: disables what it cannot do and says why',
    async ({ model, off, references }) => {
      const { user } = renderComposer();
      await user.selectOptions(within(composer()).getByLabelText('Model'), model);
      for (const label of CONTROLS) {
        const reason = off[label];
        expect(control(label).disabled, `${label} disabled`).toBe(reason !== undefined);
        if (reason) expect(descriptionOf(control(label))).toContain(reason);
      }
      const group = within(composer()).getByRole('group', { name: 'References' });
      if (references) {
        expect(group.textContent).toContain(references);
        expect(within(group).queryByRole('region', { name: 'Reference images' })).toBeNull();
      } else {
        expect(within(group).getByRole('region', { name: 'Reference images' })).toBeTruthy();
      }
    },
  );

  test('image to video: the camera is off with a start frame; frames follow the model', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.click(within(form).getByRole('radio', { name: 'Image to video' }));
    await chooseModel(user, 'kling-v1');
    expect(descriptionOf(control('Camera move'))).toContain(
      'Camera control does not work with a start frame',
    );
    const end = () => within(form).getByRole('region', { name: 'End frame' });
    expect(within(end()).getByRole('button', { name: 'Choose file…' })).toHaveProperty(
      'disabled',
      false,
    );
    await user.selectOptions(within(form).getByLabelText('Duration'), '10');
    expect(end().textContent).toContain('kling-v1 allows an end frame only at 5 s');
    expect(within(end()).getByRole('button', { name: 'Choose file…' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-master');
    expect(end().textContent).toContain('kling-v2-master has no end frame');
    const choose = within(end()).getByRole<HTMLButtonElement>('button', { name: 'Choose file…' });
    expect(choose.disabled).toBe(true);
    expect(descriptionOf(choose)).toContain('kling-v2-master has no end frame');
  });

  test('changing the model keeps what still fits and announces exactly what was dropped', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v3');
    await user.type(within(form).getByLabelText('Prompt'), 'A kite over dunes');
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.selectOptions(within(form).getByLabelText('Duration'), '12');
    await user.click(within(form).getByLabelText('Generate audio'));
    await user.selectOptions(within(form).getByLabelText('Camera move'), 'simple');
    await user.type(within(form).getByLabelText('Negative prompt'), 'blur');
    fireEvent.change(within(form).getByLabelText('Cfg scale value'), { target: { value: '0.7' } });

    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v1');
    const status = within(form)
      .getAllByRole('status')
      .find((el) => el.textContent?.startsWith('Dropped'));
    expect(status?.textContent).toBe(
      'Dropped: duration — kling-v1 makes videos of 5 or 10 s; audio — kling-v1 has no generated audio',
    );
    expect(within(form).getByLabelText<HTMLSelectElement>('Mode').value).toBe('pro');
    expect(within(form).getByLabelText<HTMLSelectElement>('Duration').value).toBe('5');
    expect(control('Generate audio').checked).toBe(false);

    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      {
        action: 'text2video',
        model: 'kling-v1',
        prompt: 'A kite over dunes',
        mode: 'pro',
        negativePrompt: 'blur',
        cfgScale: 0.7,
        cameraControl: {
          type: 'simple',
          config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: 0 },
        },
        clientRequestId: expect.any(String),
      },
    ]);
  });

  test('a mode that would switch off something set stays listed, disabled, with the reason', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.click(within(form).getByLabelText('Generate audio'));
    const std = within(form).getByRole<HTMLOptionElement>('option', { name: /^Standard/ });
    expect(std.disabled).toBe(true);
    expect(std.textContent).toBe('Standard (would switch off the audio)');
  });

  test('the negative prompt counts past its limit, flags it and blocks Generate', async () => {
    renderComposer();
    const form = composer();
    fireEvent.change(within(form).getByLabelText('Prompt'), { target: { value: 'A lake' } });
    const negative = within(form).getByLabelText<HTMLTextAreaElement>('Negative prompt');
    fireEvent.change(negative, { target: { value: 'x'.repeat(200) } });
    expect(within(form).getByText('200 / 200')).toBeTruthy();
    expect(isBlocked(generateButton())).toBe(false);

    fireEvent.change(negative, { target: { value: 'x'.repeat(201) } });
    expect(negative.value).toHaveLength(201);
    expect(within(form).getByText('201 / 200').className).toContain('counter-over');
    const issue = 'The negative prompt has 201 characters, more than 200: shorten it';
    expect(descriptionOf(negative)).toContain(issue);
    expect(negative.getAttribute('aria-invalid')).toBe('true');
    expect(isBlocked(generateButton())).toBe(true);
    expect(descriptionOf(generateButton())).toContain(issue);
  });

  test('camera axes appear only for the simple move', async () => {
    const { user } = renderComposer();
    const form = composer();
    expect(within(form).queryByRole('group', { name: 'Camera axes' })).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Camera move'), 'down_back');
    expect(within(form).queryByRole('group', { name: 'Camera axes' })).toBeNull();
    await user.selectOptions(within(form).getByLabelText('Camera move'), 'simple');
    const axes = within(form).getByRole('group', { name: 'Camera axes' });
    const sliders = within(axes).getAllByRole<HTMLInputElement>('slider');
    expect(sliders.map((s) => [s.min, s.max])).toEqual(Array(6).fill(['-1', '1']));
    fireEvent.change(within(axes).getByLabelText('Zoom'), { target: { value: '0.5' } });
    expect(within(axes).getByText('0.5')).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Camera move'), '');
    expect(within(form).queryByRole('group', { name: 'Camera axes' })).toBeNull();
  });
});
