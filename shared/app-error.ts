import { z } from 'zod';
// Types only: the wording module builds AppErrors, so a value import would be circular.
import type { Wording } from './wording';

/**
 * Codes the provider itself sends in an error answer, kept as they are so support can match
 * them to AceData's documentation. Source: AceData Kling API docs, "Errors" (HTTP 400–504) and
 * the 2026 endpoints' `authorization_missing`.
 */
export const PROVIDER_ERROR_CODES = [
  'bad_request',
  'no_token',
  'token_mismatched',
  'api_not_implemented',
  'disabled',
  'invalid_token',
  'token_expired',
  'authorization_missing',
  'used_up',
  'forbidden',
  'no_api',
  'too_many_requests',
  'rate_limited',
  'api_error',
  'bad_gateway',
  'service_unavailable',
  'timeout',
  /** A task the provider accepted and then reported as failed without a code of its own. */
  'task_failed',
] as const;

/** Reaching the provider: nothing was answered, or the answer could not be read. */
export const CONNECTION_ERROR_CODES = [
  'offline',
  /** The TLS handshake or certificate check failed: nothing was sent. */
  'certificate',
  'network',
  'bad_answer',
  'submission_uncertain',
  /** An endpoint this AceData account does not offer yet. */
  'feature_unavailable',
] as const;

/** Fetching a finished result into the library. */
export const DOWNLOAD_ERROR_CODES = [
  'unsafe_url',
  /** A safe https address on a host outside the allowed list: the job waits for the person. */
  'download_host_blocked',
  'invalid_file_name',
  'download_http',
  'download_too_many_redirects',
  'download_too_large',
  'download_incomplete',
  'download_interrupted',
  'download_stalled',
  'download_cancelled',
  'download_failed',
  'not_mp4',
  'disk_full',
] as const;

/** Checking and uploading a picture the user dropped or pasted. */
export const IMAGE_ERROR_CODES = [
  'image_not_found',
  'image_not_file',
  'image_unreadable',
  'image_not_png_or_jpeg',
  'image_too_large',
  'image_too_small',
  'image_bad_ratio',
  'image_url_invalid',
  'image_url_not_https',
  'image_url_too_long',
  'consent_required',
  'no_platform_token',
  'platform_token_refused',
  'upload_refused',
  'upload_failed',
  'upload_timeout',
  'upload_bad_answer',
  /** A local reference video: not a regular readable file, not a video, or refused by a rule. */
  'video_not_file',
  'video_unreadable',
  'video_refused',
  'video_not_found',
  /** A local voice sample: not a regular readable file, not audio, or refused by a rule. */
  'audio_not_file',
  'audio_unreadable',
  'audio_refused',
  'audio_not_found',
] as const;

/** The job queue refusing an action on a job. */
export const JOB_ERROR_CODES = [
  'not_extendable',
  'not_queued',
  'not_retryable',
  /** The host to allow is not the one the job's download was blocked on. */
  'download_not_blocked',
  'confirm_charge',
] as const;

/** Projects, clips and their files. */
export const LIBRARY_ERROR_CODES = [
  'no_project',
  'unknown_project',
  'unknown_clip',
  'clip_missing',
  'duplicate_project',
  'folder_is_workspace',
  'folder_unreadable',
  'folder_unwritable',
  'not_a_folder',
  'file_exists',
  'no_free_name',
  'no_trash',
  'invalid_poster',
  'invalid_query',
  'invalid_media_id',
  'sidecar_missing',
  'sidecar_newer',
  'sidecar_unreadable',
  /** A folder the person may not open as a project (home, a drive root, system, the workspace's parent). */
  'folder_refused',
  /** A project path longer than every OS accepts. */
  'path_too_long',
] as const;

/** Finishing clips already in the library: stitching, and settings kept inside the MP4. */
export const FINISHING_ERROR_CODES = [
  'clip_not_found',
  'settings_unreadable',
  'stitch_cancelled',
  'stitch_parts_differ',
  'stitch_too_few_parts',
  'stitch_unreadable',
  /** One join at a time: a second is refused while the first runs. */
  'stitch_busy',
  'reencode_unavailable',
  'reencode_failed',
  /** A still sent for "continue from this frame" that is not a PNG of the video's size. */
  'frame_invalid',
] as const;

/** Making many videos at once: a batch file that cannot be used as one. */
export const MAKING_ERROR_CODES = ['batch_unreadable'] as const;

/** Tokens, settings, start-up and the IPC boundary itself. */
export const APP_ERROR_CODES = [
  'invalid_token_format',
  'platform_token',
  'bad_config',
  'already_running',
  'lock_failed',
  'unknown_channel',
  'forbidden_sender',
  'invalid_request',
  'not_a_file',
  'internal',
  /** A packaged build holds the token until the person confirms a non-default endpoint. */
  'endpoint_unconfirmed',
  /** The endpoints changed since the person confirmed them. */
  'endpoint_mismatch',
] as const;

/** Raised in the window only: the bridge to main is missing or broke. */
export const WINDOW_ERROR_CODES = [
  'bridge_missing',
  'ipc_failed',
  'unexpected',
  'not_removed',
] as const;

export const ERROR_CODES = [
  ...PROVIDER_ERROR_CODES,
  ...CONNECTION_ERROR_CODES,
  ...DOWNLOAD_ERROR_CODES,
  ...IMAGE_ERROR_CODES,
  ...JOB_ERROR_CODES,
  ...LIBRARY_ERROR_CODES,
  ...FINISHING_ERROR_CODES,
  ...MAKING_ERROR_CODES,
  ...APP_ERROR_CODES,
  ...WINDOW_ERROR_CODES,
] as const;

export type ProviderErrorCode = (typeof PROVIDER_ERROR_CODES)[number];
export type DownloadErrorCode = (typeof DOWNLOAD_ERROR_CODES)[number];
/** Every code an error may carry from main to the window, or raise in the window itself. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const PROVIDER = new Set<string>(PROVIDER_ERROR_CODES);

const DOWNLOAD = new Set<string>(DOWNLOAD_ERROR_CODES);

export function isDownloadErrorCode(value: unknown): value is DownloadErrorCode {
  return typeof value === 'string' && DOWNLOAD.has(value);
}

export function isProviderErrorCode(value: unknown): value is ProviderErrorCode {
  return typeof value === 'string' && PROVIDER.has(value);
}

/**
 * The code on the wire and in the journal. Journals written before the codes were a closed set
 * hold `download_http_<status>`; those read as `download_http`, and any other unknown code as
 * `internal`, so an old journal still loads with every job in it.
 */
export const ErrorCodeSchema = z.preprocess(
  (value) =>
    typeof value === 'string' && /^download_http_\d{3}$/.test(value) ? 'download_http' : value,
  z.enum(ERROR_CODES).catch('internal'),
);

/** An error whose message is meant for a person: what happened and what to do next. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly traceId: string | null;
  /** What the message is, when it is one of the app's own: the window words it in its language. */
  readonly text: Wording | null;

  constructor(code: ErrorCode, message: string, traceId: string | null = null, text?: Wording) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.traceId = traceId;
    this.text = text ?? null;
  }

  /** The error as the journal and the window keep it; `text` only when there is one. */
  toInfo(): { code: ErrorCode; message: string; traceId: string | null; text?: Wording } {
    const info = { code: this.code, message: this.message, traceId: this.traceId };
    return this.text ? { ...info, text: this.text } : info;
  }
}
