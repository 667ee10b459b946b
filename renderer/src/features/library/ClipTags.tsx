import { useId, useState, type KeyboardEvent } from 'react';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { useLibraryStore } from '../../stores/library-store';

interface ClipTagsProps {
  clip: Clip;
  /** Every tag used in the project, offered as suggestions. */
  projectTags: readonly string[];
}

const TAG_MAX_CHARS = 40;
const TAGS_MAX = 50;

/** The clip's tags: Enter adds what was typed, each tag has its own remove button. */
export function ClipTags({ clip, projectTags }: ClipTagsProps) {
  const { t } = useTranslation('library');
  const updateClip = useLibraryStore((state) => state.updateClip);
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const listId = useId();

  const add = async () => {
    const tag = draft.trim();
    if (!tag) return;
    const known = clip.tags.some((known) => known.toLowerCase() === tag.toLowerCase());
    if (!known && clip.tags.length < TAGS_MAX) {
      if (!(await updateClip({ clipId: clip.id, tags: [...clip.tags, tag] }))) return;
    }
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void add();
  };

  return (
    <div className="tags">
      <span className="detail-label">{t('tags.label')}</span>
      {clip.tags.length > 0 ? (
        <ul className="tag-list" aria-label={t('tags.label')}>
          {clip.tags.map((tag) => (
            <li key={tag} className="tag">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={t('tags.remove', { tag })}
                onClick={() =>
                  void updateClip({
                    clipId: clip.id,
                    tags: clip.tags.filter((other) => other !== tag),
                  })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={inputId} className="visually-hidden">
        {t('tags.add')}
      </label>
      <input
        id={inputId}
        className="input input-compact"
        placeholder={t('tags.placeholder')}
        maxLength={TAG_MAX_CHARS}
        list={listId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <datalist id={listId}>
        {projectTags
          .filter((tag) => !clip.tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
