/** Marks drawn beside words, never read out (each sits in an aria-hidden span): not words to translate. */
export const STAR_ON = '★';
export const STAR_OFF = '☆';
export const NO_RATING = '∅';
