import { describe, expect, it } from 'vitest';
import { AppErrorSchema } from '../../../shared/domain';
import { ERROR_CODES } from '../../../shared/app-error';

describe('error codes on the wire and in the journal', () => {
  it('lists every code once', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('reads a known code as itself', () => {
    expect(AppErrorSchema.parse({ code: 'disk_full', message: 'm' }).code).toBe('disk_full');
  });

  it('reads an older journal code carrying its HTTP status as download_http', () => {
    const info = AppErrorSchema.parse({ code: 'download_http_404', message: 'm', traceId: null });
    expect(info).toEqual({ code: 'download_http', message: 'm', traceId: null });
  });

  it('reads an unknown code as internal, keeping the message, so an old job still loads', () => {
    expect(AppErrorSchema.parse({ code: 'provider', message: 'kept' })).toEqual({
      code: 'internal',
      message: 'kept',
    });
  });
});
