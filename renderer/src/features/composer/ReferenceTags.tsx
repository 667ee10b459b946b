import type { VideoRequest } from '../../../../shared/capabilities';

/** The names an omni prompt must contain, one per reference that will be sent. */
export function referenceTags(request: VideoRequest): string[] {
  const images = (request.imageList ?? []).map((_, index) => `<<<image_${index + 1}>>>`);
  return request.videoList?.length ? [...images, '<<<video_1>>>'] : images;
}

interface ReferenceTagsProps {
  tags: readonly string[];
  prompt: string;
  onInsert: (tag: string) => void;
}

/** A live check of which references the prompt names, with a button to insert each tag. */
export function ReferenceTags({ tags, prompt, onInsert }: ReferenceTagsProps) {
  if (tags.length === 0) return null;
  return (
    <ul className="reference-tags" aria-label="Reference tags">
      {tags.map((tag) => {
        const named = prompt.includes(tag);
        return (
          <li key={tag} className={named ? 'ref-tag ref-tag-named' : 'ref-tag ref-tag-missing'}>
            <code>{tag}</code>
            <span>{named ? 'named' : 'not named yet'}</span>
            {/* The tag is already written beside it: the visible word is enough. */}
            <button
              type="button"
              className="button button-small"
              aria-label={`Insert ${tag}`}
              onClick={() => onInsert(tag)}
            >
              Insert
            </button>
          </li>
        );
      })}
    </ul>
  );
}
