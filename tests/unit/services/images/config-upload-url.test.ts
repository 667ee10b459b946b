import { describe, expect, it } from 'vitest';
import { DEFAULT_UPLOAD_URL, readEnvConfig } from '../../../../electron/main/services/config';

describe('KLING_STUDIO_UPLOAD_URL', () => {
  it("defaults to AceData's platform file endpoint", () => {
    expect(readEnvConfig({}, { packaged: false }).uploadUrl).toBe(
      'https://platform.acedata.cloud/api/v1/files/',
    );
    expect(DEFAULT_UPLOAD_URL).toBe(
      readEnvConfig({ KLING_STUDIO_UPLOAD_URL: '  ' }, { packaged: false }).uploadUrl,
    );
  });

  it.each([
    'https://files.example.com/api/v1/files/',
    'http://127.0.0.1:4010/api/v1/files/',
    'http://localhost:1/x',
  ])('takes %s', (url) => {
    expect(readEnvConfig({ KLING_STUDIO_UPLOAD_URL: url }, { packaged: false }).uploadUrl).toBe(
      url,
    );
  });

  it.each([
    'http://files.example.com/api/v1/files/',
    'ftp://127.0.0.1/',
    'https://user:pw@example.com/',
    'not a url',
  ])('refuses %s like the API address', (url) => {
    expect(() => readEnvConfig({ KLING_STUDIO_UPLOAD_URL: url }, { packaged: false })).toThrow(
      /KLING_STUDIO_UPLOAD_URL/,
    );
  });
});
