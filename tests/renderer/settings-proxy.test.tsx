import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ProxyChoice } from '../../shared/proxy-choice';
import { renderApp } from './render-app';

async function openProxySection(handlers: Parameters<typeof renderApp>[0]) {
  const rendered = renderApp(handlers);
  await rendered.user.click(screen.getByRole('button', { name: 'Settings' }));
  const dialog = screen.getByRole('dialog', { name: 'Settings' });
  return { ...rendered, section: within(dialog).getByRole('region', { name: 'Network proxy' }) };
}

describe('Settings: the network proxy', () => {
  test('shows the saved choice and saves a manual proxy through main', async () => {
    let saved: ProxyChoice = { mode: 'system' };
    const { fake, user, section } = await openProxySection({
      'network:proxy': () => saved,
      'network:setProxy': (choice) => (saved = choice),
    });
    const system = within(section).getByRole('radio', {
      name: "Use this computer's proxy settings",
    });
    expect((system as HTMLInputElement).checked).toBe(true);
    const address = within(section).getByRole<HTMLInputElement>('textbox', {
      name: 'Proxy address',
    });
    expect(address.disabled).toBe(true);

    await user.click(within(section).getByRole('radio', { name: 'Use this proxy:' }));
    expect(address.disabled).toBe(false);
    await user.type(address, 'http://proxy.corp.example:3128');
    await user.click(within(section).getByRole('button', { name: 'Save proxy setting' }));
    await within(section).findByText('Saved: new requests use it.');
    expect(fake.callsTo('network:setProxy')).toEqual([
      { mode: 'manual', url: 'http://proxy.corp.example:3128' },
    ]);
  });

  test('an address with a password is refused in place and never sent to main', async () => {
    const { fake, user, section } = await openProxySection({
      'network:proxy': () => ({ mode: 'system' }),
      'network:setProxy': (choice) => choice,
    });
    await user.click(within(section).getByRole('radio', { name: 'Use this proxy:' }));
    await user.type(
      within(section).getByRole('textbox', { name: 'Proxy address' }),
      'http://me:secret@proxy.corp.example:3128',
    );
    await user.click(within(section).getByRole('button', { name: 'Save proxy setting' }));
    expect((await within(section).findByRole('alert')).textContent).toMatch(
      /Leave the user name and password out/,
    );
    expect(fake.callsTo('network:setProxy')).toHaveLength(0);
  });

  test('"No proxy" is saved with the keyboard alone', async () => {
    const { fake, user, section } = await openProxySection({
      'network:proxy': () => ({ mode: 'system' }),
      'network:setProxy': (choice) => choice,
    });
    within(section).getByRole('radio', { name: "Use this computer's proxy settings" }).focus();
    await user.keyboard('{ArrowDown}');
    expect(
      within(section).getByRole<HTMLInputElement>('radio', { name: 'No proxy: connect directly' })
        .checked,
    ).toBe(true);
    // The address field is disabled unless a proxy is typed, so the next stop is Save.
    await user.tab();
    expect(document.activeElement).toBe(
      within(section).getByRole('button', { name: 'Save proxy setting' }),
    );
    await user.keyboard('{Enter}');
    await within(section).findByText('Saved: new requests use it.');
    expect(fake.callsTo('network:setProxy')).toEqual([{ mode: 'none' }]);
  });
});
