import { AppError } from '../../../../shared/app-error';

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
    throw new AppError(
      'image_url_invalid',
      'This is not a web address. Paste a link that starts with https://.',
    );
  }
  if (url.protocol !== 'https:') {
    throw new AppError(
      'image_url_not_https',
      `Only https:// links to images are accepted (this one is ${url.protocol.replace(/:$/, '')}:). Kling fetches the image itself and needs a secure public address.`,
    );
  }
  if (url.username || url.password) {
    throw new AppError(
      'image_url_invalid',
      'This link contains a user name or password. Use a public link to the image without them.',
    );
  }
  if (url.hostname === '')
    throw new AppError(
      'image_url_invalid',
      'This link has no host name. Paste the full https:// address of the image.',
    );
  // Parsing escapes spaces and the like, so the address sent on can be longer than the input.
  checkLength(url.href);
  return url;
}

function checkLength(text: string): void {
  if (text.length > MAX_IMAGE_URL_CHARS) {
    throw new AppError(
      'image_url_too_long',
      `This address is ${text.length} characters long; at most ${MAX_IMAGE_URL_CHARS} are accepted. Use a shorter link to the image.`,
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
