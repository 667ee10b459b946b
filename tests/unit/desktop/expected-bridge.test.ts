import { describe, expect, it } from 'vitest';
import { buildKlingApi } from '../../../shared/bridge';
import { CHANNELS, EVENTS, FILE_CHANNELS } from '../../../shared/contract';
import { expectedKlingShape } from '../../electron/expected-bridge';

describe('the window.kling shape the real-Electron smoke test expects', () => {
  it('is the shape the bridge builds from the contract, every group and function', () => {
    const api = buildKlingApi(
      CHANNELS,
      EVENTS,
      async () => null,
      () => () => undefined,
      FILE_CHANNELS,
    );
    const built = Object.fromEntries(
      Object.entries(api as unknown as Record<string, object>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([domain, group]) => [domain, Object.keys(group).sort()]),
    );
    expect(expectedKlingShape()).toEqual(built);
    expect(Object.keys(expectedKlingShape()).length).toBeGreaterThanOrEqual(8);
  });
});
