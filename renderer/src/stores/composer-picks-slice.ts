import type { StateCreator } from 'zustand';
import { REQUEST_LIMITS } from '../../../shared/capabilities';
import type { CatalogItem } from '../../../shared/catalog';
import { dropTag, type TagNoun } from '../lib/renumber-tags';
import type { ComposerState } from './composer-store';

/** What a reference image stands for: the first frame, the end frame, or a plain reference. */
export type ImageRole = 'first_frame' | 'end_frame';

export interface PicksSlice {
  /** Elements in `element_list` order: the n-th is `<<<element_n>>>` in the prompt. */
  elements: CatalogItem[];
  /** Voices in `voice_list` order: the n-th is `<<<voice_n>>>`. */
  voices: CatalogItem[];
  /** Roles of reference images by staged image id; an image without one is a plain reference. */
  imageRoles: Readonly<Record<string, ImageRole>>;
  /**
   * Adds an element (once) and returns the tag that names it, or null when the list is full.
   * An element picked twice keeps its place and its tag.
   */
  pickElement: (item: CatalogItem) => string | null;
  /**
   * Takes an element out; the prompt and shot prompts lose its tags and later tags are
   * renumbered, so each still names the element it named before.
   */
  removeElement: (id: CatalogItem['id']) => void;
  /** As pickElement, for voices. */
  pickVoice: (item: CatalogItem) => string | null;
  removeVoice: (id: CatalogItem['id']) => void;
  setImageRole: (imageId: string, role: ImageRole | null) => void;
  clearElements: () => void;
  clearVoices: () => void;
}

function pick(
  list: readonly CatalogItem[],
  item: CatalogItem,
  max: number,
): { list: CatalogItem[]; position: number } | null {
  const at = list.findIndex((known) => known.id === item.id);
  if (at >= 0) return { list: [...list], position: at + 1 };
  if (list.length >= max) return null;
  return { list: [...list, item], position: list.length + 1 };
}

/**
 * The state after item `id` leaves `list`: the list without it, and the prompts (main and
 * shots) with its tags dropped and the later ones renumbered. Nothing changes for an unknown id.
 */
function withoutItem(
  state: ComposerState,
  list: 'elements' | 'voices',
  noun: TagNoun,
  id: CatalogItem['id'],
): Partial<ComposerState> {
  const at = state[list].findIndex((item) => item.id === id);
  if (at < 0) return {};
  const retag = (text: string) => dropTag(text, noun, at + 1);
  const prompt = state.settings.prompt;
  return {
    [list]: state[list].filter((item) => item.id !== id),
    settings: prompt === undefined ? state.settings : { ...state.settings, prompt: retag(prompt) },
    shots: state.shots.map((shot) => {
      const changed = retag(shot.prompt);
      return changed === shot.prompt ? shot : { ...shot, prompt: changed };
    }),
  };
}

export const createPicksSlice: StateCreator<ComposerState, [], [], PicksSlice> = (set, get) => ({
  elements: [],
  voices: [],
  imageRoles: {},
  pickElement: (item) => {
    const picked = pick(get().elements, item, REQUEST_LIMITS.elementList.max);
    if (!picked) return null;
    set({ elements: picked.list });
    return `<<<element_${picked.position}>>>`;
  },
  removeElement: (id) => set((state) => withoutItem(state, 'elements', 'element', id)),
  pickVoice: (item) => {
    const picked = pick(get().voices, item, REQUEST_LIMITS.voiceList.max);
    if (!picked) return null;
    set({ voices: picked.list });
    return `<<<voice_${picked.position}>>>`;
  },
  removeVoice: (id) => set((state) => withoutItem(state, 'voices', 'voice', id)),
  setImageRole: (imageId, role) =>
    set((state) => {
      const roles = { ...state.imageRoles };
      if (role === null) delete roles[imageId];
      else roles[imageId] = role;
      return { imageRoles: roles };
    }),
  clearElements: () => set({ elements: [] }),
  clearVoices: () => set({ voices: [] }),
});
