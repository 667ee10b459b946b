import {
  AppError,
  isProviderErrorCode,
  type ProviderErrorCode,
} from '../../../../shared/app-error';
import { plainProviderText } from '../../../../shared/provider-text';
import { worded, wordingText, type Wording } from '../../../../shared/wording';

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
    text?: Wording,
  ) {
    super(code, message, traceId, text);
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
  // What each provider answer means for a person, and what they can do about it.
  const base =
    isProviderErrorCode(sent) || BY_STATUS[status] !== undefined
      ? worded(`errors:${code}`)
      : worded('errors:provider.httpStatus', { status });
  const baseText = wordingText(base) ?? code;
  const said = scrub(
    [
      sent !== null && sent !== code ? `[${sent.slice(0, 60)}]` : null,
      detail === null ? null : plainProviderText(detail, 300),
    ]
      .filter(Boolean)
      .join(' '),
  );
  // The provider's words stay as it wrote them; only the app's sentence around them switches.
  const text =
    said && !baseText.includes(said)
      ? worded('errors:provider.withSaid', { message: base, said })
      : base;
  return new ApiError(code, wordingText(text) ?? baseText, traceId, status, retryAfter, text);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
