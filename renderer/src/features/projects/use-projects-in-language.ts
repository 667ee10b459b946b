import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n';
import { invalidateProjects } from '../../query/library-queries';

/**
 * Main writes each project's delete question and its set-aside files' reasons in the person's
 * language, and switches before the window does; so after a switch the list is asked for again,
 * or those words would stay in the language they were first read in.
 */
export function useProjectsInLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const drawnIn = useRef(language);
  useEffect(() => {
    if (language === drawnIn.current) return;
    drawnIn.current = language;
    void invalidateProjects();
  }, [language]);
}
