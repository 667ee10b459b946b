import {
  AppError,
  isProviderErrorCode,
  type ProviderErrorCode,
} from '../../../../shared/app-error';
import { plainProviderText } from '../../../../shared/provider-text';

/** What each provider answer means for a person, and what they can do about it. */
const BY_CODE: Readonly<Record<ProviderErrorCode, string>> = {
  invalid_token: 'AceData refused your API token. Open Settings and paste a valid token.',
  token_expired:
    'Your AceData API token was revoked or has expired. Open Settings and paste a new one.',
  token_mismatched:
    'This token does not belong to the Kling API. Open Settings and paste an API token for Kling.',
  no_token: 'No API token was sent. Open Settings and add your AceData API token.',
  used_up: 'Your AceData balance is used up. Top up your account on AceData Cloud, then try again.',
  disabled: 'Your AceData account or this API is disabled. Check your account on AceData Cloud.',
  forbidden:
    'AceData refused this request, often because the content was blocked by moderation. Change the prompt or image and try again.',
  bad_request: 'AceData refused the request as invalid.',
  api_not_implemented: 'AceData does not offer this function for your account yet.',
  no_api: 'AceData does not know this endpoint. Check the API address in the app settings.',
  too_many_requests:
    'Too many requests reached AceData at once. The app will slow down; try again in a moment.',
  rate_limited:
    'Too many requests reached AceData at once. The app will slow down; try again in a moment.',
  api_error: 'AceData had an internal failure. Try again in a few minutes.',
  bad_gateway:
    'AceData could not reach Kling (bad gateway). Wait a few minutes, then try again; check AceData status if it persists.',
  service_unavailable:
    'AceData or Kling is unavailable right now. Wait a few minutes, then try again.',
  timeout: 'AceData timed out waiting for Kling. Wait a few minutes, then try again.',
  authorization_missing: 'No API token was sent. Open Settings and add your AceData API token.',
  task_failed: 'Kling could not make this video.',
};

const BY_STATUS: Readonly<Record<number, ProviderErrorCode>> = {
  400: 'bad_request',
  401: 'invalid_token',
  403: 'forbidden',
  404: 'no_api',
  429: 'too_many_requests',
  500: 'api_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'timeout',
};

/** An error answer from the provider, with what the retry logic needs to decide. */
export class ApiError extends AppError {
  constructor(
    code: ProviderErrorCode,
    message: string,
    traceId: string | null,
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(code, message, traceId);
  }

  /** 429 and 5xx may be retried (with backoff); other answers are final. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/**
 * Reads any of the provider's three error shapes into an AppError. `scrub` cleans the
 * provider's own words before they join the message (the window, the journal and
 * notifications show it): a provider may echo the token it was sent.
 */
export function apiErrorFrom(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
  scrub: (text: string) => string = (text) => text,
): ApiError {
  const shape = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const nested = (shape.error && typeof shape.error === 'object' ? shape.error : {}) as Record<
    string,
    unknown
  >;
  const sent = str(nested.code) ?? str(shape.code);
  // A code outside the documented set is named in the message, not passed on as a code.
  const code = isProviderErrorCode(sent)
    ? sent
    : (BY_STATUS[status] ?? (status >= 500 ? 'api_error' : 'bad_request'));
  const detail = str(nested.message) ?? str(shape.detail) ?? str(shape.message);
  const traceId = str(shape.trace_id) ?? str(nested.trace_id);
  const base =
    isProviderErrorCode(sent) || BY_STATUS[status] !== undefined
      ? BY_CODE[code]
      : `AceData answered with an error (HTTP ${status}).`;
  const said = scrub(
    [
      sent !== null && sent !== code ? `[${sent.slice(0, 60)}]` : null,
      detail === null ? null : plainProviderText(detail, 300),
    ]
      .filter(Boolean)
      .join(' '),
  );
  const message = said && !base.includes(said) ? `${base} AceData said: ${said}` : base;
  return new ApiError(code, message, traceId, status, retryAfter);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
