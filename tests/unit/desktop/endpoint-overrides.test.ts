import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_BASE_URL,
  DEFAULT_DOWNLOAD_HOSTS,
  DEFAULT_UPLOAD_URL,
  readEnvConfig,
} from '../../../electron/main/services/config';

const overrides = {
  KLING_STUDIO_API_BASE_URL: 'https://evil.example',
  KLING_STUDIO_UPLOAD_URL: 'https://evil.example/files/',
  KLING_STUDIO_DOWNLOAD_HOSTS: 'evil.example',
};

describe('endpoint overrides', () => {
  it('a packaged build refuses them, keeps the defaults and lists what it ignored', () => {
    const config = readEnvConfig(overrides, { packaged: true });
    expect(config.apiBaseUrl).toBe(DEFAULT_API_BASE_URL);
    expect(config.uploadUrl).toBe(DEFAULT_UPLOAD_URL);
    expect(config.downloadHosts).toEqual(DEFAULT_DOWNLOAD_HOSTS);
    expect(config.ignoredOverrides).toEqual(Object.keys(overrides));
    expect(config.developerMode).toBe(false);
  });

  it('a packaged build honours them behind the developer switch, and says developer mode is on', () => {
    const config = readEnvConfig({ ...overrides, KLING_STUDIO_DEVELOPER: '1' }, { packaged: true });
    expect(config.apiBaseUrl).toBe('https://evil.example');
    expect(config.downloadHosts).toEqual(['evil.example']);
    expect(config.ignoredOverrides).toEqual([]);
    expect(config.developerMode).toBe(true);
  });

  it('the switch must be exactly 1', () => {
    for (const value of ['true', 'yes', '0', ''])
      expect(
        readEnvConfig({ ...overrides, KLING_STUDIO_DEVELOPER: value }, { packaged: true })
          .apiBaseUrl,
        value,
      ).toBe(DEFAULT_API_BASE_URL);
  });

  it('development honours them without the switch', () => {
    const config = readEnvConfig(overrides, { packaged: false });
    expect(config.apiBaseUrl).toBe('https://evil.example');
    expect(config.ignoredOverrides).toEqual([]);
  });

  it('a packaged build with no overrides ignores nothing', () => {
    expect(readEnvConfig({}, { packaged: true }).ignoredOverrides).toEqual([]);
  });

  it('data and workspace folders and the scripted token are not endpoints and stay honoured', () => {
    const config = readEnvConfig(
      {
        KLING_STUDIO_DATA_DIR: '/d',
        KLING_STUDIO_WORKSPACE: '/w',
        KLING_STUDIO_TOKEN: 'sk-12345678',
      },
      { packaged: true },
    );
    expect([config.dataDir, config.workspaceDir, config.token]).toEqual([
      '/d',
      '/w',
      'sk-12345678',
    ]);
  });
});
