import { t } from '../../i18n';

/**
 * What a preset or a video's settings could not put back in the composer, as one list in the
 * current language ("start frame, elements" / "首帧、主体"). The names arrive already worded,
 * request fields by `labelOf`.
 */
export function leftOutText(items: readonly string[]): string {
  return items.join(t('making:inputs.separator'));
}
