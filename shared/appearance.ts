import { z } from 'zod';

/** How the window is drawn: following the operating system, or always light or dark. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const ThemeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof ThemeSchema>;
export const DEFAULT_THEME: Theme = 'system';
