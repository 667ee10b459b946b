import { session } from 'electron';
import type { NetworkStack } from '../services/net/network-stack';
import { createSessionNetwork } from '../services/net/session-network';

/** The in-memory session main's own requests go through; the window never uses it. */
const PARTITION = 'kling-network';

/**
 * Main's network through Chromium: a session of its own, so a proxy chosen for API calls and
 * downloads leaves the window's session alone. Call after the app is ready.
 */
export function openElectronNetwork(): NetworkStack {
  return createSessionNetwork(session.fromPartition(PARTITION, { cache: false }));
}
