import { stageRemixStill, type RemixStillDeps } from '../services/making/remix-still';
import type { Handlers } from './router';

export type MakingHandlerDeps = RemixStillDeps;

type MakingChannel = Extract<keyof Handlers, `making:${string}`>;

/** The channels behind remix, presets, prompt history, prices and the budget. */
export function createMakingHandlers(deps: MakingHandlerDeps): Pick<Handlers, MakingChannel> {
  return {
    'making:remixStill': async ({ clipId }) => stageRemixStill(deps, clipId),
  };
}
