/**
 * Fixture pages served on 127.0.0.1 the way portals and newspapers lay them out: a news
 * article, a document page with its header, a listing table, a list of document cards and a page that adds content
 * after it has loaded.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const dir = new URL('../pages/', import.meta.url);

export class FixtureServer {
  private server: Server | null = null;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const name = (req.url ?? '/').replace(/^\//, '').replace(/\?.*$/, '') || 'index.html';
      if (!/^[a-z0-9-]+\.html$/.test(name)) {
        res.writeHead(404).end();
        return;
      }
      try {
        const body = readFileSync(new URL(name, dir));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this.origin;
  }

  get origin(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
