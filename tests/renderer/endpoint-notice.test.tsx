import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { EndpointNotice } from '../../renderer/src/features/shell/EndpointNotice';
import { renderApp } from './render-app';

const base = {
  packaged: true,
  developerMode: false,
  apiBaseUrl: 'https://api.acedata.cloud',
  unconfirmedHosts: [] as string[],
  ignoredOverrides: [] as string[],
};

describe('endpoint notice', () => {
  test('says nothing when the app talks to AceData as installed', async () => {
    const { fake } = renderApp({ 'app:endpoints': () => base }, <EndpointNotice />);
    await expect.poll(() => fake.callsTo('app:endpoints').length).toBe(1);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('states the overrides an installed build ignored', async () => {
    renderApp(
      { 'app:endpoints': () => ({ ...base, ignoredOverrides: ['KLING_STUDIO_API_BASE_URL'] }) },
      <EndpointNotice />,
    );
    expect(await screen.findByText(/Ignored KLING_STUDIO_API_BASE_URL/)).toBeTruthy();
  });

  test('states developer mode, and sends the token to another host only after the person confirms it', async () => {
    let status = {
      ...base,
      developerMode: true,
      apiBaseUrl: 'http://127.0.0.1:8787',
      unconfirmedHosts: ['127.0.0.1:8787'],
    };
    const { fake, user } = renderApp(
      {
        'app:endpoints': () => status,
        'app:confirmEndpoints': ({ hosts }) => {
          status = { ...status, unconfirmedHosts: [] };
          expect(hosts).toEqual(['127.0.0.1:8787']);
          return status;
        },
      },
      <EndpointNotice />,
    );
    expect(
      await screen.findByText(/Developer mode .* talks to http:\/\/127\.0\.0\.1:8787/),
    ).toBeTruthy();
    expect(screen.getByText(/not sent to 127\.0\.0\.1:8787 until you confirm/)).toBeTruthy();
    expect(fake.callsTo('app:confirmEndpoints')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Send my token to 127.0.0.1:8787' }));
    await expect.poll(() => screen.queryByRole('button', { name: /^Send my token/ })).toBeNull();
    expect(fake.callsTo('app:confirmEndpoints')).toEqual([{ hosts: ['127.0.0.1:8787'] }]);
    expect(screen.getByText(/Developer mode/)).toBeTruthy();
  });

  test('shows why a confirmation was refused', async () => {
    const { user } = renderApp(
      {
        'app:endpoints': () => ({ ...base, unconfirmedHosts: ['api.example'] }),
        'app:confirmEndpoints': () => {
          throw new AppError(
            'endpoint_mismatch',
            'The addresses you confirmed are not the ones the app would use.',
          );
        },
      },
      <EndpointNotice />,
    );
    await user.click(await screen.findByRole('button', { name: 'Send my token to api.example' }));
    expect(await screen.findByText(/not the ones the app would use/)).toBeTruthy();
  });
});
