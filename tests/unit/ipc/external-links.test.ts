import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../electron/main/ipc/external-links';

describe('external links', () => {
  it.each([
    ['https://platform.acedata.cloud/console', true],
    ['https://acedata.cloud/', true],
    ['http://acedata.cloud/', false],
    ['file:///etc/passwd', false],
    ['smb://host/share', false],
    ['javascript:alert(1)', false],
    ['https://acedata.cloud.evil.example/', false],
    ['https://user:pw@acedata.cloud/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});
