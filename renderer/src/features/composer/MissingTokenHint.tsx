import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectMissingToken, useTokenStore } from '../../stores/token-store';

/** Says what to do before the first Generate fails, instead of after. */
export function MissingTokenHint() {
  const missing = useTokenStore(selectMissingToken);
  const openSettings = useAppStore(selectOpenSettings);
  if (!missing) return null;
  return (
    <div className="callout row row-between">
      <p>Add your AceData token in Settings first</p>
      {/* Not named "Settings…" so the top bar button stays the only match for that name. */}
      <button type="button" className="button" onClick={openSettings}>
        Add token
      </button>
    </div>
  );
}
