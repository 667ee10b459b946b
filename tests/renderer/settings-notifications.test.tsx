import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { renderApp } from './render-app';

async function openSection(handlers: Parameters<typeof renderApp>[0]) {
  const rendered = renderApp(handlers);
  await rendered.user.click(screen.getByRole('button', { name: 'Settings' }));
  const dialog = screen.getByRole('dialog', { name: 'Settings' });
  return { ...rendered, section: within(dialog).getByRole('region', { name: 'Notifications' }) };
}

const soundBox = (section: HTMLElement) =>
  within(section).getByRole<HTMLInputElement>('checkbox', {
    name: 'Play a sound when a video is ready or fails',
  });

describe('Settings: notification sound', () => {
  test('is off by default and turned on and off again through main', async () => {
    let sound = false;
    const { fake, user, section } = await openSection({
      'notices:sound': () => ({ sound }),
      'notices:setSound': (request) => ({ sound: (sound = request.sound) }),
    });
    await waitFor(() => expect(soundBox(section).disabled).toBe(false));
    expect(soundBox(section).checked).toBe(false);

    await user.click(soundBox(section));
    await waitFor(() => expect(soundBox(section).checked).toBe(true));
    await user.click(soundBox(section));
    await waitFor(() => expect(soundBox(section).checked).toBe(false));
    expect(fake.callsTo('notices:setSound')).toEqual([{ sound: true }, { sound: false }]);
  });

  test('a choice main could not keep is shown as an error and not as saved', async () => {
    const { user, section } = await openSection({
      'notices:setSound': () => {
        throw new AppError('internal', 'The preferences could not be saved; try again.');
      },
    });
    await waitFor(() => expect(soundBox(section).disabled).toBe(false));
    await user.click(soundBox(section));
    expect((await within(section).findByRole('alert')).textContent).toContain(
      'The preferences could not be saved; try again.',
    );
    expect(soundBox(section).checked).toBe(false);
  });
});
