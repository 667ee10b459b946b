import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { ConsentStore } from '../preferences/preferences-store';
import { platformTokenHelp, uploadFile, type UploadKind } from './upload-client';
import type { UploadLedger } from './upload-ledger';
import type { PublishedSource, PublishedSources } from './published-sources';

export interface FilePublisherOptions {
  uploadUrl: string;
  /** The platform token; never the API token, which AceData's upload refuses. */
  readPlatformToken: () => Promise<string | null>;
  /** One consent for every kind of file: each upload publishes on AceData's CDN. */
  consent: ConsentStore;
  /** Shared by every kind of file, so the same bytes are never uploaded twice. */
  ledger: UploadLedger;
  /** Where each URL's bytes came from, so a clip's inputs can be put back from this computer. */
  sources?: PublishedSources;
  fetchImpl?: typeof fetch;
  log?: (message: string) => void;
}

export interface PublishRequest {
  /** Reads the bytes to publish; called only once the person has agreed. */
  read: () => Promise<Uint8Array<ArrayBuffer>>;
  kind: UploadKind;
  /** Without the dot: `png`, `mp4`, `mp3`… */
  extension: string;
  mime: string;
  timeoutMs: number;
  /** The local file behind the bytes, recorded with the URL (kind and hash are added here). */
  origin?: Omit<PublishedSource, 'kind' | 'sha256'>;
}

/**
 * Publishes a local file on AceData's CDN (AceData Kling API docs §7) once the person agreed:
 * the same bytes are uploaded once while their earlier URL is young enough (the upload ledger),
 * and two requests for the same bytes at once make one upload.
 */
export class FilePublisher {
  private readonly running = new Map<string, Promise<string>>();

  constructor(private readonly options: FilePublisherOptions) {}

  /**
   * The public URL of these bytes. @throws AppError `consent_required`, `no_platform_token`,
   * or the upload's own errors (which name the kind of file).
   */
  async publish(request: PublishRequest): Promise<string> {
    if (!(await this.options.consent.read())) {
      throw new AppError('consent_required', t(`errors:consent_required.${request.kind}`));
    }
    const bytes = await request.read();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const url = await this.urlOf(sha256, bytes, request);
    // Recorded on every publish, a reused URL too: the file behind it may be a new copy.
    await this.options.sources
      ?.remember(url, { ...request.origin, kind: request.kind, sha256 })
      .catch(() => this.options.log?.('The list of uploaded files could not be saved'));
    return url;
  }

  private async urlOf(
    sha256: string,
    bytes: Uint8Array<ArrayBuffer>,
    request: PublishRequest,
  ): Promise<string> {
    const known = await this.options.ledger.lookup(sha256);
    if (known) return known;
    const running = this.running.get(sha256);
    if (running) return running;
    const upload = this.send(sha256, bytes, request).finally(() => this.running.delete(sha256));
    this.running.set(sha256, upload);
    return upload;
  }

  private async send(
    sha256: string,
    bytes: Uint8Array<ArrayBuffer>,
    request: PublishRequest,
  ): Promise<string> {
    const token = await this.options.readPlatformToken();
    if (!token) {
      throw new AppError(
        'no_platform_token',
        t(`errors:no_platform_token.${request.kind}`, { help: platformTokenHelp() }),
      );
    }
    const url = await uploadFile({
      endpoint: this.options.uploadUrl,
      token,
      bytes,
      // A neutral name: the user's file name may say more than the file should.
      fileName: `${request.kind}-${sha256.slice(0, 12)}.${request.extension}`,
      kind: request.kind,
      mime: request.mime,
      fetchImpl: this.options.fetchImpl ?? fetch,
      timeoutMs: request.timeoutMs,
    });
    // Forgetting the URL only costs a second upload later; the person still gets this one.
    await this.options.ledger
      .record(sha256, url)
      .catch(() => this.options.log?.('The upload list could not be saved'));
    return url;
  }
}
