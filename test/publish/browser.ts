// Headless Chromium for the site tests: Debian's chromium driven by playwright-core (nothing is
// downloaded), and a small static server on 127.0.0.1 like the one an office would use.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the browser tests: ${CHROMIUM} not found (apt-get install chromium)`);

// launch() gives the browser a fresh temporary profile (--user-data-dir) of its own; playwright
// refuses the flag itself outside launchPersistentContext, which allows one context only.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  base: string;
  close: () => Promise<void>;
}

/** Serves `root` at http://127.0.0.1:<port>/ (a folder's index.html for a path ending in /). */
export async function serve(root: string): Promise<StaticServer> {
  const top = resolve(root);
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = resolve(top, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path !== top && !path.startsWith(top + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}
