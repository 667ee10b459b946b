import { isOnOrigin } from '../desktop/origins';

/** What the IPC adapter knows about who sent a message; filled from Electron's event. */
export interface SenderInfo {
  /** URL of the frame that sent the message. */
  frameUrl: string;
  /** True only when the sender is the top-level frame of one of the app's windows. */
  isMainFrame: boolean;
}

export type SenderPolicy = (sender: SenderInfo) => boolean;

/**
 * Trusts only the app's own main frame loaded from one of the given origins (the `app://`
 * page, the dev server, or the test server). Subframes and other origins are refused.
 */
export function appOriginPolicy(allowed: readonly string[]): SenderPolicy {
  return (sender) => {
    if (!sender.isMainFrame) return false;
    let url: URL;
    try {
      url = new URL(sender.frameUrl);
    } catch {
      return false;
    }
    return allowed.some((entry) => {
      const base = new URL(entry);
      // file: URLs have the opaque origin "null", so compare by path prefix instead.
      if (base.protocol === 'file:')
        return url.protocol === 'file:' && url.pathname === base.pathname;
      // Custom schemes have the opaque origin "null" too: compare scheme and host instead.
      return isOnOrigin(sender.frameUrl, [entry]);
    });
  };
}
