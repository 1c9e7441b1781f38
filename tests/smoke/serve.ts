/** Tiny static servers for the smoke tests: the kit on one origin, a host page on another. */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Served {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` as a CDN would: static files, CORS open, nothing else. */
export async function serveDirectory(dir: string, headers: Record<string, string> = {}): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const file = path.join(dir, decodeURIComponent(url.pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
    }
  });
  return listen(server, requests);
}

/** Serves fixed pages by path, each with its own headers. */
export async function servePages(pages: Record<string, { body: string; headers?: Record<string, string> }>): Promise<Served> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const page = pages[url.pathname];
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (!page) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...page.headers });
    res.end(page.body);
  });
  return listen(server, requests);
}

async function listen(server: http.Server, requests: string[]): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
