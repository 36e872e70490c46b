// What the client library's tests share: the server under test, dev tokens, a TCP proxy that can take the
// network away, and waiting for events.
import net from 'node:net';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';

export const BASE_URL = (process.env.DORAN_URL || '').replace(/\/$/, '');
if (!BASE_URL) {
  throw new Error('Set DORAN_URL to a started Doran Chat on the embedded default, e.g. DORAN_URL=http://localhost:8080');
}

export { WebSocket };

/** doran-client.js as the server serves it at /js/doran-client.js, imported as a module. */
export async function loadClientModule() {
  const response = await fetch(`${BASE_URL}/js/doran-client.js`);
  if (!response.ok) throw new Error(`GET /js/doran-client.js answered ${response.status}`);
  const dir = await mkdtemp(join(tmpdir(), 'doran-client-'));
  const file = join(dir, 'doran-client.mjs');
  await writeFile(file, await response.text());
  return import(pathToFileURL(file).href);
}

let users = 0;

/** A new user with a dev token: {userId, token}. */
export async function newUser(name = 'user') {
  const userId = `${name}-${process.pid}-${Date.now()}-${++users}`;
  const response = await fetch(`${BASE_URL}/api/dev/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId, nickname: name }),
  });
  if (!response.ok) throw new Error(`dev token: ${response.status} ${await response.text()}`);
  return { userId, token: (await response.json()).token };
}

/** Resolves when check() answers something truthy (polled), with that answer; rejects after timeoutMs. */
export async function eventually(check, what = 'the condition', timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records every event of a client: recorder.of('new-message') lists the payloads of one type. */
export function record(client) {
  const seen = [];
  const stops = [];
  for (const type of ['*', 'state', 'resync', 'rejoin-failed']) {
    stops.push(client.on(type, (payload) => seen.push(type === '*' ? payload : { ...payload, type })));
  }
  return {
    all: seen,
    of: (type) => seen.filter((event) => event.type === type),
    stop: () => stops.forEach((stop) => stop()),
  };
}

/**
 * A TCP proxy in front of the server. down() cuts every connection and refuses new ones until up();
 * cutWhenServerSends(text) cuts the connection carrying the first server bytes that contain text (with
 * {every: true}: every time), before the client gets them.
 */
export async function startProxy() {
  const target = new URL(BASE_URL);
  const sockets = new Set();
  let refusing = false;
  let trigger = null;
  let keepTrigger = false;
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    const pair = [client, upstream];
    const cut = () => pair.forEach((socket) => socket.destroy());
    pair.forEach((socket) => {
      sockets.add(socket);
      socket.on('error', cut);
      socket.on('close', () => {
        sockets.delete(socket);
        cut();
      });
    });
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (trigger && chunk.includes(trigger)) {
        if (!keepTrigger) trigger = null;
        cut();
        return;
      }
      client.write(chunk);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${server.address().port}`,
    down() {
      refusing = true;
      sockets.forEach((socket) => socket.destroy());
    },
    up() {
      refusing = false;
    },
    cutWhenServerSends(text, { every = false } = {}) {
      trigger = Buffer.from(text);
      keepTrigger = every;
    },
    close() {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** ws without compression, so a proxy can read what the server sends. */
export class PlainWebSocket extends WebSocket {
  constructor(url) {
    super(url, { perMessageDeflate: false });
  }
}
