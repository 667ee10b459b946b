import { AppError } from '../../../shared/app-error';
import { t } from '../../../shared/i18n';

export const DEFAULT_API_BASE_URL = 'https://api.acedata.cloud';
/**
 * Where results are served from (AceData Kling API docs: result files, and the 2026 notes on
 * result hosts); `*` stands for the digits of Kling's numbered CDN sub-domains.
 */
export const DEFAULT_DOWNLOAD_HOSTS = [
  'platform2.cdn.acedata.cloud',
  'cdn.klingai.com',
  'cdn.acedata.cloud',
  'v*-kling.klingai.com',
];
/** AceData's file upload, which turns a local image into the public URL image2video needs. */
export const DEFAULT_UPLOAD_URL = 'https://platform.acedata.cloud/api/v1/files/';

/** Settings a person (or a test) can give through the environment. */
export interface EnvConfig {
  apiBaseUrl: string;
  uploadUrl: string;
  downloadHosts: string[];
  token: string | null;
  dataDir: string | null;
  workspaceDir: string | null;
  /** KLING_STUDIO_DEVELOPER=1: a packaged build honours endpoint overrides, and the window says so. */
  developerMode: boolean;
  /** Endpoint overrides that were set but not honoured (a packaged build, no developer switch). */
  ignoredOverrides: string[];
}

/** The variables that move where the app talks to, and so where the token may go. */
export const ENDPOINT_OVERRIDES = [
  'KLING_STUDIO_API_BASE_URL',
  'KLING_STUDIO_UPLOAD_URL',
  'KLING_STUDIO_DOWNLOAD_HOSTS',
] as const;

/** The switch that lets a packaged build honour {@link ENDPOINT_OVERRIDES}. */
export const DEVELOPER_SWITCH = 'KLING_STUDIO_DEVELOPER';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Reads KLING_STUDIO_* variables. Plain http is accepted only for a loopback address, so the
 * app can be pointed at the local fake server but never at a cleartext remote one. A packaged
 * build ignores the endpoint overrides unless KLING_STUDIO_DEVELOPER=1 — otherwise any program
 * running as the user could start the app against its own server — and lists what it ignored.
 * Throws AppError `bad_config` for an override that is honoured but not a safe URL.
 */
export function readEnvConfig(
  env: Record<string, string | undefined>,
  build: { packaged: boolean },
): EnvConfig {
  const developerMode = env[DEVELOPER_SWITCH]?.trim() === '1';
  const honoured = !build.packaged || developerMode;
  const ignoredOverrides = honoured ? [] : ENDPOINT_OVERRIDES.filter((name) => env[name]?.trim());
  const endpoint = (name: (typeof ENDPOINT_OVERRIDES)[number]) =>
    honoured ? env[name]?.trim() : undefined;
  const apiBaseUrl = endpoint('KLING_STUDIO_API_BASE_URL') || DEFAULT_API_BASE_URL;
  checkServiceUrl(apiBaseUrl, 'KLING_STUDIO_API_BASE_URL');
  const uploadUrl = endpoint('KLING_STUDIO_UPLOAD_URL') || DEFAULT_UPLOAD_URL;
  checkServiceUrl(uploadUrl, 'KLING_STUDIO_UPLOAD_URL');
  const hosts = endpoint('KLING_STUDIO_DOWNLOAD_HOSTS')
    ?.split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  return {
    apiBaseUrl,
    uploadUrl,
    downloadHosts: hosts && hosts.length > 0 ? hosts : DEFAULT_DOWNLOAD_HOSTS,
    token: env.KLING_STUDIO_TOKEN?.trim() || null,
    dataDir: env.KLING_STUDIO_DATA_DIR?.trim() || null,
    workspaceDir: env.KLING_STUDIO_WORKSPACE?.trim() || null,
    developerMode: build.packaged && developerMode,
    ignoredOverrides,
  };
}

/**
 * Reads the settings as `readEnvConfig` does, then removes `KLING_STUDIO_TOKEN` from `env`,
 * so no process started later (a browser for a link, a crash reporter) inherits the token.
 */
export function takeEnvConfig(
  env: Record<string, string | undefined>,
  build: { packaged: boolean },
): EnvConfig {
  const config = readEnvConfig(env, build);
  delete env.KLING_STUDIO_TOKEN;
  return config;
}

/** True for this computer's own addresses, where plain http carries nothing off the machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname);
}

export function checkServiceUrl(raw: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError('bad_config', t('errors:bad_config.notUrl', { name, raw }));
  }
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!secure || url.username || url.password) {
    throw new AppError('bad_config', t('errors:bad_config.notHttps', { name, raw }));
  }
  return url;
}
