import { create } from 'zustand';

/** How many variants one press of Generate makes. */
export const VARIANT_COUNTS = [1, 2, 3, 4] as const;
export type VariantCount = (typeof VARIANT_COUNTS)[number];

/** The making tools' UI state: the variant count beside Generate. */
export interface MakingState {
  variants: VariantCount;
  setVariants: (count: VariantCount) => void;
}

export const useMakingStore = create<MakingState>()((set) => ({
  variants: 1,
  setVariants: (variants) => set({ variants }),
}));

export function selectVariants(state: MakingState): VariantCount {
  return state.variants;
}

export function selectSetVariants(state: MakingState): MakingState['setVariants'] {
  return state.setVariants;
}
