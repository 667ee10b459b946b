import type { StateCreator } from 'zustand';
import { REQUEST_DEFAULTS, REQUEST_LIMITS } from '../../../shared/capabilities';
import type { ComposerState } from './composer-store';

/** One row of a custom storyboard as typed: the seconds stay text until the rules judge them. */
export interface ShotDraft {
  /** For React and for moving rows; never sent. */
  id: string;
  prompt: string;
  seconds: string;
}

export interface ShotsSlice {
  shots: ShotDraft[];
  addShot: () => void;
  removeShot: (id: string) => void;
  /** Moves a row one place up (-1) or down (+1); nothing happens at either end. */
  moveShot: (id: string, by: -1 | 1) => void;
  setShot: (id: string, change: Partial<Omit<ShotDraft, 'id'>>) => void;
}

let nextShot = 0;
function newShot(seconds: number): ShotDraft {
  nextShot += 1;
  return { id: `shot-${nextShot}`, prompt: '', seconds: String(seconds) };
}

export const createShotsSlice: StateCreator<ComposerState, [], [], ShotsSlice> = (set, get) => ({
  shots: [newShot(REQUEST_DEFAULTS.duration)],
  addShot: () => {
    const { shots, settings } = get();
    if (shots.length >= REQUEST_LIMITS.multiShot.shots.max) return;
    // A new row takes the seconds still unassigned, so the total keeps matching when it can.
    const used = shots.reduce((sum, shot) => sum + (Number(shot.seconds) || 0), 0);
    const left = (settings.duration ?? REQUEST_DEFAULTS.duration) - used;
    const seconds = Math.max(REQUEST_LIMITS.multiShot.shotMinSeconds, left);
    set({ shots: [...shots, newShot(seconds)] });
  },
  removeShot: (id) => {
    const { shots } = get();
    if (shots.length <= REQUEST_LIMITS.multiShot.shots.min) return;
    set({ shots: shots.filter((shot) => shot.id !== id) });
  },
  moveShot: (id, by) => {
    const shots = [...get().shots];
    const from = shots.findIndex((shot) => shot.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= shots.length) return;
    const [moved] = shots.splice(from, 1);
    if (moved) shots.splice(to, 0, moved);
    set({ shots });
  },
  setShot: (id, change) =>
    set((state) => ({
      shots: state.shots.map((shot) => (shot.id === id ? { ...shot, ...change } : shot)),
    })),
});
