import { Composer } from '../composer/Composer';
import { JobQueue } from '../jobs/JobQueue';
import { JobsStrip } from '../jobs/JobsStrip';
import { BudgetHoldBanner } from '../making/BudgetHoldBanner';
import { LibrarySection } from '../library/LibrarySection';
import { ProjectList } from '../projects/ProjectList';
import { EndpointNotice } from './EndpointNotice';
import { useKeepAProjectOpen } from '../../query/use-library';
import { TokenRefusedBanner } from './TokenRefusedBanner';
import { TopBar } from './TopBar';
import { useSavedTheme } from '../settings/theme';
import { useTranslation } from '../../i18n';
import { useSavedLanguage } from '../../i18n/language';

/** Projects on the left, the library in the middle, making and following jobs on the right. */
export function AppShell() {
  useKeepAProjectOpen();
  useSavedTheme();
  useSavedLanguage();
  const { t } = useTranslation('shell');
  return (
    <div className="shell">
      {/* First in the Tab order, shown when focused: the composer is otherwise many stops away. */}
      <nav aria-label={t('landmarks.skipLinks')} className="skip-links">
        <a className="skip-link" href="#make">
          {t('skipLinks.composer')}
        </a>
        <a className="skip-link" href="#library">
          {t('skipLinks.library')}
        </a>
      </nav>
      <TopBar />
      <EndpointNotice />
      <TokenRefusedBanner />
      <BudgetHoldBanner />
      <JobsStrip />
      <div className="workspace">
        {/* Not a landmark itself: the project list inside is the "Projects" navigation. */}
        <div className="pane pane-projects">
          <ProjectList />
        </div>
        {/* The one main landmark needs no name; the library section inside is named "Library". */}
        <main id="library" tabIndex={-1} className="pane pane-library">
          <LibrarySection />
        </main>
        <aside id="make" tabIndex={-1} aria-label={t('landmarks.make')} className="pane pane-make">
          <Composer />
          <JobQueue />
        </aside>
      </div>
    </div>
  );
}
