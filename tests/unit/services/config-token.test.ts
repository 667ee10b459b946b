import { describe, expect, it } from 'vitest';
import { takeEnvConfig } from '../../../electron/main/services/config';

describe('the token given through the environment', () => {
  it('is read once and then removed from the environment', () => {
    const env: Record<string, string | undefined> = {
      KLING_STUDIO_TOKEN: ' sk-from-the-environment-0042 ',
      KLING_STUDIO_WORKSPACE: '/tmp/w',
    };
    const config = takeEnvConfig(env, { packaged: false });
    expect(config.token).toBe('sk-from-the-environment-0042');
    expect('KLING_STUDIO_TOKEN' in env).toBe(false);
    expect(env.KLING_STUDIO_WORKSPACE).toBe('/tmp/w');
  });
});
