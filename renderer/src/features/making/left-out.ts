import { t } from '../../i18n';

/**
 * The names `settingsFromBody` and the remix give what they could not put back, and the key of
 * each one's words; anything else is a request field's own name, shown as it is.
 */
const INPUT_KEYS = {
  'start frame': 'startFrame',
  'end frame': 'endFrame',
  'reference images': 'referenceImages',
  'reference video': 'referenceVideo',
  elements: 'elements',
  voices: 'voices',
  'video to extend': 'videoToExtend',
} as const;

function isKnown(item: string): item is keyof typeof INPUT_KEYS {
  return Object.hasOwn(INPUT_KEYS, item);
}

/** What was left out, as one list in the current language ("start frame, elements"). */
export function leftOutText(items: readonly string[]): string {
  return items
    .map((item) => (isKnown(item) ? t(`making:inputs.${INPUT_KEYS[item]}`) : item))
    .join(t('making:inputs.separator'));
}
