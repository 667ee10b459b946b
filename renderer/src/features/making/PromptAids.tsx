import type { VideoRequest } from '../../../../shared/capabilities';
import { InspirationChips } from './InspirationChips';
import { PromptHistory } from './PromptHistory';

/** Under the prompt: the history to recall from and the inspiration chips. */
export function PromptAids({ request }: { request: VideoRequest }) {
  const customShots = request.multiShot === true && request.shotType === 'customize';
  return (
    <div className="prompt-aids stack">
      <div className="row">
        <PromptHistory />
      </div>
      <InspirationChips customShots={customShots} />
    </div>
  );
}
