import { isOnOrigin } from './origins';

/**
 * The only permissions the page is ever given (Electron permission names): writing to the
 * clipboard ("Copy prompt", "Copy settings") and fullscreen for the clip player.
 */
export const GRANTED_PERMISSIONS = ['clipboard-sanitized-write', 'fullscreen'] as const;

/**
 * Decides a permission request or check: granted only for one of {@link GRANTED_PERMISSIONS}
 * asked by a page on one of `appOrigins` (the app's own scheme, or the dev server in
 * development). Everything else — camera, notifications from the page, geolocation, other
 * origins — is refused.
 */
export function permissionPolicy(
  appOrigins: readonly string[],
): (permission: string, requestingUrl: string) => boolean {
  return (permission, requestingUrl) =>
    (GRANTED_PERMISSIONS as readonly string[]).includes(permission) &&
    isOnOrigin(requestingUrl, appOrigins);
}
