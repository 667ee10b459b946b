import type { z } from 'zod';
import { AppError, type ErrorCode } from '../../../shared/app-error';
import { t } from '../../../shared/i18n';
import {
  contract,
  type ChannelName,
  type IpcResult,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../../shared/contract';
import type { SenderInfo, SenderPolicy } from './sender-policy';

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
) => Promise<ResponseOf<C>> | ResponseOf<C>;
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface Router {
  readonly channels: readonly ChannelName[];
  /** Takes anything from anyone: refuses unknown channels, foreign senders and bad payloads. */
  handle(channel: string, payload: unknown, sender: SenderInfo): Promise<IpcResult<unknown>>;
}

export interface RouterOptions {
  handlers: Handlers;
  isTrustedSender: SenderPolicy;
  /** Where unexpected failures are reported; never receives request payloads. */
  onInternalError?: (channel: string, error: unknown) => void;
}

const refuse = (code: ErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message, traceId: null },
});

function isChannel(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function createRouter(options: RouterOptions): Router {
  const { handlers, isTrustedSender, onInternalError } = options;
  return {
    channels: Object.keys(contract) as ChannelName[],
    async handle(channel, payload, sender) {
      if (typeof channel !== 'string' || !isChannel(channel)) {
        return refuse('unknown_channel', t('errors:unknown_channel'));
      }
      if (!isTrustedSender(sender)) {
        return refuse('forbidden_sender', t('errors:forbidden_sender'));
      }
      const spec = contract[channel];
      const parsed = spec.request.safeParse(payload);
      if (!parsed.success) {
        return refuse('invalid_request', describeIssues(parsed.error));
      }
      try {
        const handler = handlers[channel] as Handler<ChannelName>;
        const value = await handler(parsed.data as never);
        // Parsing the answer too strips any field the contract does not name, so a
        // service can never leak more than the contract promises.
        return { ok: true, value: spec.response.parse(value) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toInfo() };
        onInternalError?.(channel, error);
        return refuse('internal', t('errors:internal'));
      }
    },
  };
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return t('errors:invalid_request.notValid');
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  return `${where}${first.message}`.slice(0, 300);
}
