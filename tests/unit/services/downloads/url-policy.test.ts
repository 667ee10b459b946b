import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import { DEFAULT_DOWNLOAD_HOSTS } from '../../../../electron/main/services/config';
import {
  checkDownloadUrl,
  HostBlockedError,
} from '../../../../electron/main/services/downloads/url-policy';

const CDN = ['platform2.cdn.acedata.cloud', 'cdn.klingai.com'];
const KLING = DEFAULT_DOWNLOAD_HOSTS;

describe('checkDownloadUrl', () => {
  const refused: Array<[string, string, readonly string[]]> = [
    ['file: URL', 'file:///etc/passwd', CDN],
    ['javascript: URL', 'javascript:alert(1)', CDN],
    ['data: URL', 'data:video/mp4;base64,AAAAIGZ0eXA=', CDN],
    ['blob: URL', 'blob:https://cdn.klingai.com/0b1e', CDN],
    ['ftp: URL', 'ftp://cdn.klingai.com/v.mp4', CDN],
    ['plain http to a listed remote host', 'http://cdn.klingai.com/v.mp4', CDN],
    ['host off the list', 'https://evil.example.com/v.mp4', CDN],
    ['listed name as a prefix of another host', 'https://cdn.klingai.com.evil.example/v.mp4', CDN],
    ['subdomain of a listed host', 'https://x.cdn.klingai.com/v.mp4', CDN],
    ['IPv4 literal', 'https://203.0.113.5/v.mp4', CDN],
    ['IPv4 in decimal form', 'https://2130706433/v.mp4', CDN],
    ['IPv6 literal', 'https://[2001:db8::1]/v.mp4', CDN],
    ['user and password', 'https://user:secret@cdn.klingai.com/v.mp4', CDN],
    ['user name only', 'https://user@cdn.klingai.com/v.mp4', CDN],
    ['not a URL', 'not a url', CDN],
    ['empty string', '', CDN],
    ['loopback http not on the list', 'http://127.0.0.1:8080/v.mp4', CDN],
    ['loopback http on another port', 'http://127.0.0.1:8080/v.mp4', ['127.0.0.1:9090']],
    ['localhost when only 127.0.0.1 is listed', 'http://localhost:8080/v.mp4', ['127.0.0.1:8080']],
    ['http to a listed non-loopback IP', 'http://203.0.113.5/v.mp4', ['203.0.113.5']],
    ['empty allow-list entry', 'https://cdn.klingai.com/v.mp4', ['', ' ']],
    ['listed host (no port) on another port', 'https://cdn.klingai.com:8443/v.mp4', CDN],
    [
      'loopback http, hostname listed without its port',
      'http://localhost:5000/v.mp4',
      ['localhost'],
    ],
    [
      'a word where the numbered pattern wants digits',
      'https://evil-kling.klingai.com/v.mp4',
      KLING,
    ],
    [
      'digits outside the numbered pattern',
      'https://v21-kling.klingai.com.evil.example/v.mp4',
      KLING,
    ],
    ['a numbered host one label deeper', 'https://a.v21-kling.klingai.com/v.mp4', KLING],
    ['a numbered host with no digits', 'https://v-kling.klingai.com/v.mp4', KLING],
  ];

  it.each(refused)('refuses %s', (_name, raw, hosts) => {
    let caught: unknown;
    try {
      checkDownloadUrl(raw, hosts);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    // A safe https (or loopback http) address is only "blocked": the person may allow its host.
    const url = URL.canParse(raw) ? new URL(raw) : null;
    const safeShape =
      url !== null &&
      url.username === '' &&
      (url.protocol === 'https:' ||
        (url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)));
    expect((caught as AppError).code).toBe(safeShape ? 'download_host_blocked' : 'unsafe_url');
    expect((caught as AppError).message).not.toContain('secret');
  });

  it('names the host and keeps the parsed address when only the host is off the list', () => {
    let caught: unknown;
    try {
      checkDownloadUrl('https://v21-kling.example.net:8443/v.mp4?sig=1', CDN);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HostBlockedError);
    expect((caught as HostBlockedError).url.host).toBe('v21-kling.example.net:8443');
    expect((caught as HostBlockedError).message).toContain('v21-kling.example.net:8443');
  });

  const allowed: Array<[string, string, readonly string[]]> = [
    ['https on a listed host', 'https://cdn.klingai.com/v.mp4?sig=1', CDN],
    ['host in another case', 'https://CDN.KlingAI.com/v.mp4', CDN],
    ['list entry in another case', 'https://cdn.klingai.com/v.mp4', ['  CDN.KLINGAI.COM ']],
    ['listed host on its default port written out', 'https://cdn.klingai.com:443/v.mp4', CDN],
    ["Kling's numbered CDN sub-domain", 'https://v21-kling.klingai.com/v.mp4', KLING],
    ['another numbered sub-domain', 'https://v3-kling.klingai.com/v.mp4', KLING],
    ['listed host:port', 'https://files.example:8443/v.mp4', ['files.example:8443']],
    ['IP literal that is listed', 'https://203.0.113.5/v.mp4', ['203.0.113.5']],
    ['loopback http, host:port listed', 'http://127.0.0.1:8080/v.mp4', ['127.0.0.1:8080']],
    ['loopback http on the default port, hostname listed', 'http://localhost/v.mp4', ['localhost']],
    ['IPv6 loopback http listed', 'http://[::1]:8080/v.mp4', ['[::1]:8080']],
  ];

  it.each(allowed)('allows %s', (_name, raw, hosts) => {
    const url = checkDownloadUrl(raw, hosts);
    expect(url).toBeInstanceOf(URL);
    expect(url.href).toBe(new URL(raw).href);
  });
});
