import { useId, useState } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { useProjects } from '../../query/library-queries';
import { useLibraryStore } from '../../stores/library-store';

interface ClipTransferProps {
  clip: Clip;
}

/** Moves or copies the clip's files (video, poster, sidecar) into another project. */
export function ClipTransfer({ clip }: ClipTransferProps) {
  const { t } = useTranslation(['library', 'common']);
  const { projects } = useProjects();
  const transferClip = useLibraryStore((state) => state.transferClip);
  const others = projects.filter((project) => project.id !== clip.projectId);
  const [chosen, setChosen] = useState('');
  const id = useId();
  if (others.length === 0) return null;
  const target = others.some((p) => p.id === chosen) ? chosen : (others[0]?.id ?? '');
  return (
    <div className="field">
      <label htmlFor={id} className="detail-label">
        {t('transfer.label')}
      </label>
      <div className="row">
        <select
          id={id}
          className="input input-compact"
          value={target}
          onChange={(e) => setChosen(e.target.value)}
        >
          {others.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          onClick={() => void transferClip(clip.id, target, 'move')}
        >
          {t('common:move')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => void transferClip(clip.id, target, 'copy')}
        >
          {t('common:copy')}
        </button>
      </div>
    </div>
  );
}
