import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A file name with a build's content hash (`index-DTlImG-a.css`, `story.912a498b9b.json`): it never changes. */
const HASHED = /[.-][\w-]{8,}\.[a-z0-9]+$/;

export interface ServeOptions {
  port?: number;
  /** Headers sent with every response (e.g. the Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Serve `root` under this path instead of `/`, e.g. `/briefings/indo-pacific/`; anything else is 404. */
  prefix?: string;
}

/**
 * A plain static file server for `root` on 127.0.0.1, as any static host would serve the build,
 * configured as the build asks: content-hashed files may be cached for good, the HTML never.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<{ url: string; server: Server }> {
  const { port = 0, headers = {}, prefix = '/' } = options;
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = normalize(pathname.slice(prefix.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (!pathname.startsWith(prefix)) throw new Error('outside the served path');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}${prefix}`, server };
}
