import { create } from 'zustand';
import type { TokenStatus } from '../../../shared/domain';
import { bridge } from '../ipc/kling';

/**
 * What the window knows about the AceData token: a status with at most the last four
 * characters. The token itself only passes through `save` on its way to main.
 */
export interface TokenState {
  status: TokenStatus | null;
  setStatus: (status: TokenStatus) => void;
  load: () => Promise<void>;
  save: (token: string) => Promise<TokenStatus>;
  clear: () => Promise<TokenStatus>;
}

export const useTokenStore = create<TokenState>()((set) => ({
  status: null,
  setStatus: (status) => set({ status }),
  load: async () => {
    set({ status: await bridge.token.status() });
  },
  save: async (token) => {
    const status = await bridge.token.save({ token });
    set({ status });
    return status;
  },
  clear: async () => {
    const status = await bridge.token.clear();
    set({ status });
    return status;
  },
}));

export function selectTokenStatus(state: TokenState): TokenStatus | null {
  return state.status;
}

/** False only once main has said there is no token, so the hint never flashes at start. */
export function selectMissingToken(state: TokenState): boolean {
  return state.status !== null && !state.status.hasToken;
}

export function selectSaveToken(state: TokenState): TokenState['save'] {
  return state.save;
}

export function selectClearToken(state: TokenState): TokenState['clear'] {
  return state.clear;
}
