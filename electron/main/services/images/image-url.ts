import { AppError } from '../../../../shared/app-error';
import { formatNumber, t } from '../../../../shared/i18n';

export const MAX_IMAGE_URL_CHARS = 4096;

/**
 * An image the user says is already online. Only https is taken: the provider fetches it, so
 * file:, data:, javascript: and plain http are refused, and credentials in it are not sent on.
 */
export function checkImageUrl(raw: string): URL {
  const text = raw.trim();
  checkLength(text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AppError('image_url_invalid', t('errors:image_url_invalid.notAnAddress'));
  }
  if (url.protocol !== 'https:') {
    throw new AppError(
      'image_url_not_https',
      t('errors:image_url_not_https', { scheme: url.protocol.replace(/:$/, '') }),
    );
  }
  if (url.username || url.password) {
    throw new AppError('image_url_invalid', t('errors:image_url_invalid.hasCredentials'));
  }
  if (url.hostname === '')
    throw new AppError('image_url_invalid', t('errors:image_url_invalid.noHost'));
  // Parsing escapes spaces and the like, so the address sent on can be longer than the input.
  checkLength(url.href);
  return url;
}

function checkLength(text: string): void {
  if (text.length > MAX_IMAGE_URL_CHARS) {
    throw new AppError(
      'image_url_too_long',
      t('errors:image_url_too_long', {
        length: formatNumber(text.length),
        max: formatNumber(MAX_IMAGE_URL_CHARS),
      }),
    );
  }
}

/** A name to show for a linked image: its last path segment, else its host. */
export function nameFromUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape: show the segment as it is.
  }
  return (name || url.hostname).slice(0, 260);
}
