import { describe, expect, it, vi } from 'vitest';
import { allowedExternalUrl } from '../../../electron/main/ipc/external-links';
import { createHandlers, type HandlerDeps } from '../../../electron/main/ipc/handlers';

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
    expect(allowedExternalUrl(url) !== null).toBe(allowed);
  });

  it('opens the address as parsed and checked, not the text the window sent', async () => {
    const openExternal = vi.fn(async (_url: string) => true);
    // Only the link handler is called, and it needs nothing but the opener.
    const handlers = createHandlers({ openExternal } as unknown as HandlerDeps);
    const sent = ' HTTPS://ACEDATA.cloud/docs/a b\tc ';
    await expect(handlers['shell:openExternal']({ url: sent })).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledWith('https://acedata.cloud/docs/a%20bc');
  });
});
