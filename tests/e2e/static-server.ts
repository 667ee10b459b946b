import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// `/media/<kind>/<rest>`; the kind is a plain word, so it cannot change the scheme's host part.
const MEDIA_PATH = /^\/media\/([a-z]+)\/(.*)$/;

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 and hands `/media/<kind>/<id>` (clips, staged images)
 * to the app's own media handler, which in Electron answers the `kling-media://` scheme.
 */
export async function serveRenderer(
  rootDir: string,
  handleMedia: (request: Request) => Promise<Response>,
): Promise<RendererServer> {
  const server: Server = createServer((req, res) => {
    route(rootDir, handleMedia, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function route(
  rootDir: string,
  handleMedia: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const media = MEDIA_PATH.exec(path);
  if (media) {
    const headers = new Headers();
    if (req.headers.range) headers.set('range', req.headers.range);
    // The rest of the path goes to the handler as it is: refusing odd ids is its job, and
    // the tests of that job must reach it.
    const answer = await handleMedia(
      new Request(`kling-media://${media[1]}/${media[2]}`, {
        method: req.method ?? 'GET',
        headers,
      }),
    );
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    if (answer.body && req.method !== 'HEAD') Readable.fromWeb(answer.body as never).pipe(res);
    else res.end();
    return;
  }
  const file = normalize(join(rootDir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(rootDir + sep)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}
