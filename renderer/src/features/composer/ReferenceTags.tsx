import type { VideoRequest } from '../../../../shared/capabilities';
import { useTranslation } from '../../i18n';

const NAMED = [
  ['imageList', 'image'],
  ['videoList', 'video'],
  ['elementList', 'element'],
  ['voiceList', 'voice'],
] as const;

/** The names a prompt must contain, one per reference, element and voice that will be sent. */
export function referenceTags(request: VideoRequest): string[] {
  return NAMED.flatMap(([field, noun]) =>
    (request[field] ?? []).map((_, index) => `<<<${noun}_${index + 1}>>>`),
  );
}

interface ReferenceTagsProps {
  tags: readonly string[];
  prompt: string;
  onInsert: (tag: string) => void;
}

/** A live check of which references the prompt names, with a button to insert each tag. */
export function ReferenceTags({ tags, prompt, onInsert }: ReferenceTagsProps) {
  const { t } = useTranslation('composer');
  if (tags.length === 0) return null;
  return (
    <ul className="reference-tags" aria-label={t('referenceTags.name')}>
      {tags.map((tag) => {
        const named = prompt.includes(tag);
        return (
          <li key={tag} className={named ? 'ref-tag ref-tag-named' : 'ref-tag ref-tag-missing'}>
            <code>{tag}</code>
            <span>{named ? t('referenceTags.named') : t('referenceTags.notNamed')}</span>
            {/* The tag is already written beside it: the visible word is enough. */}
            <button
              type="button"
              className="button button-small"
              aria-label={t('referenceTags.insertName', { tag })}
              onClick={() => onInsert(tag)}
            >
              {t('referenceTags.insert')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
