'use strict';
// The soak driver: hostile and normal clients against one Doran Chat server for a long time, and the
// server's heap after a full collection at the start and at the end.
//
//   node driver/soak.js --url http://127.0.0.1:8080 --server-pid PID --jcmd PATH
//        [--minutes 30] [--warmup-minutes 5] [--sample-minutes 5] [--out FILE]
//
// Everyone speaks /chat (SPEC §5) with the `ws` client, in rooms of about 20:
//   chatters      normal chat: typing, then a message (some with a clientMessageId), now and then a reaction,
//                 a read marker, an edit, a history page over REST
//   flooders      send-message, typing, react and edit frames far faster than the limits allow; the server
//                 must answer RATE_LIMITED with retryAfterMs and broadcast only what the limits let through
//   slow readers  join a room, then stop reading their socket for minutes (the server's bounded outbound queue
//                 must not grow without bound: it closes them with 4008 or they catch up), then vanish and come back
//   churners      storms: all connect at once, join, type, then half leave and close cleanly, half are cut off
//                 without a close frame; again every --churn-seconds
// The heap is read after two full collections (jcmd GC.run, GC.heap_info) once the warm-up has filled the
// embedded store's bounded message windows ("start"), every --sample-minutes, and at the end ("end").
// It prints one JSON document (also written to --out) and exits 1 when end > start * 1.10.

const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const WebSocket = require('ws');

const options = parseOptions(process.argv.slice(2));

const counts = {
  connects: 0, connect_failures: 0, refused_too_many_connections: 0,
  sent_messages: 0, acked_messages: 0, received_new_messages: 0,
  flood_frames: 0, rate_limited: 0, chatters_rate_limited: 0, rate_limited_without_retry_after: 0,
  slow_reader_pauses: 0, slow_readers_closed_by_server: 0,
  churn_storms: 0, churn_clean_closes: 0, churn_cut_offs: 0,
  rest_history_pages: 0, rest_errors: 0,
  unexpected_errors: 0, unexpected_closes: 0, close_codes: {},
};
const errorSamples = [];
let stopping = false;

// --- REST ------------------------------------------------------------------------------------------

async function rest(method, path, body, token) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(`${options.url}${path}`,
      { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (response.ok) return text ? JSON.parse(text) : null;
    if (attempt >= 5 || (response.status < 500 && response.status !== 429)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
    }
    await delay(300 * attempt);
  }
}

async function user(name) {
  const userId = `soak-${options.runId}-${name}`;
  const { token } = await rest('POST', '/api/dev/token', { userId, nickname: `소크${name}` });
  return { userId, token };
}

// --- a connection ----------------------------------------------------------------------------------

let refs = 0;

class Connection {
  constructor(who, { onMessage = () => {}, expectRateLimits = false, mayBeClosed = false } = {}) {
    this.who = who;
    this.onMessage = onMessage;
    this.expectRateLimits = expectRateLimits;
    this.mayBeClosed = mayBeClosed;
    this.waiters = new Map();
    this.open = false;
    this.closeCode = null;
  }

  connect(timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const url = `${options.url.replace(/^http/, 'ws')}/chat?token=${encodeURIComponent(this.who.token)}`;
      const ws = new WebSocket(url, { perMessageDeflate: false, handshakeTimeout: timeoutMs });
      this.ws = ws;
      const timer = setTimeout(() => reject(new Error('no auth-success in time')), timeoutMs);
      this.waiters.set('auth-success', (frame) => {
        clearTimeout(timer);
        if (frame.type !== 'auth-success') {
          reject(new Error(`closed ${frame.code} before auth-success`));
          return;
        }
        this.open = true;
        counts.connects++;
        resolve(this);
      });
      ws.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      ws.on('unexpected-response', (req, res) => {
        clearTimeout(timer);
        reject(new Error(`handshake answered ${res.statusCode}`));
        req.destroy();
      });
      ws.on('close', (code) => {
        this.closeCode = code;
        counts.close_codes[code] = (counts.close_codes[code] ?? 0) + 1;
        if (this.open && !this.closing && !stopping && !this.mayBeClosed) {
          counts.unexpected_closes++;
          sample(`${this.who.userId} closed ${code}`);
        }
        this.open = false;
        for (const waiter of this.waiters.values()) waiter({ type: 'closed', code });
        this.waiters.clear();
      });
      ws.on('message', (data) => this.received(data));
    });
  }

  received(data) {
    const frame = JSON.parse(data.toString('utf8'));
    if (frame.type === 'error') {
      if (frame.code === 'RATE_LIMITED') {
        counts.rate_limited++;
        if (!this.expectRateLimits) counts.chatters_rate_limited++;
        if (!(frame.retryAfterMs > 0)) counts.rate_limited_without_retry_after++;
      } else if (frame.code === 'TOO_MANY_CONNECTIONS') {
        counts.refused_too_many_connections++;
      } else {
        counts.unexpected_errors++;
        sample(JSON.stringify(frame).slice(0, 300));
      }
    }
    const waiter = frame.ref !== undefined ? this.waiters.get(`ref:${frame.ref}`) : this.waiters.get(frame.type);
    if (waiter) {
      this.waiters.delete(frame.ref !== undefined ? `ref:${frame.ref}` : frame.type);
      waiter(frame);
    }
    this.onMessage(frame);
  }

  /** Sends a frame with a ref and resolves with its one reply (or a 'closed'/'timeout' stand-in). */
  request(frame, timeoutMs = 20000) {
    if (!this.open) return Promise.resolve({ type: 'closed' });
    const ref = ++refs;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(`ref:${ref}`);
        resolve({ type: 'timeout' });
      }, timeoutMs);
      this.waiters.set(`ref:${ref}`, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      this.ws.send(JSON.stringify({ ...frame, ref }));
    });
  }

  /** Fire and forget (no ref: no ack, but refusals still come as error frames). */
  send(frame) {
    if (this.open && this.ws.bufferedAmount < 1 << 20) this.ws.send(JSON.stringify(frame));
  }

  async join(roomId) {
    const reply = await this.request({ type: 'join-room', roomId });
    if (reply.type !== 'room-joined') throw new Error(`join answered ${JSON.stringify(reply).slice(0, 200)}`);
  }

  closeCleanly() {
    this.closing = true;
    this.open = false;
    this.ws.close(1000);
  }

  cutOff() {
    this.closing = true;
    this.open = false;
    this.ws.terminate();
  }
}

// --- the workloads ---------------------------------------------------------------------------------

function chatter(me, roomId, roomIndex) {
  let conn = null;
  let lastSeen = null;
  let mine = [];
  let seq = 0;
  const body = roomIndex === 0 ? '큰방'.repeat(450) : '안녕하세요, 오늘 회의는 세 시입니다.';
  async function ensure() {
    if (conn?.open) return conn;
    conn = new Connection(me, {
      onMessage: (frame) => {
        if (frame.type === 'new-message') {
          counts.received_new_messages++;
          lastSeen = frame.messageId;
        }
      },
    });
    await conn.connect();
    await conn.join(roomId);
    return conn;
  }
  return async function tick() {
    const c = await ensure();
    seq++;
    c.send({ type: 'typing', roomId, isTyping: true });
    const clientMessageId = seq % 2 === 0 ? `${me.userId}-${seq}` : undefined;
    counts.sent_messages++;
    const ack = await c.request({ type: 'send-message', roomId, content: `${body} #${seq}`, clientMessageId });
    if (ack.type === 'ack') {
      counts.acked_messages++;
      mine.push(ack.messageId);
      if (mine.length > 5) mine = mine.slice(-5);
    }
    if (seq % 5 === 0 && lastSeen) {
      c.send({ type: 'react', roomId, messageId: lastSeen, kind: 'like', on: seq % 10 === 0 });
      c.send({ type: 'read', roomId, messageId: lastSeen });
    }
    if (seq % 7 === 0 && mine.length > 0) {
      c.send({ type: 'edit-message', roomId, messageId: mine[mine.length - 1], content: `고침 ${seq}` });
    }
    if (seq % 15 === 0) {
      await rest('GET', `/api/chatrooms/${roomId}/messages?limit=50`, undefined, me.token)
        .then(() => counts.rest_history_pages++, (error) => { counts.rest_errors++; sample(error.message); });
    }
  };
}

function flooder(me, roomId) {
  let conn = null;
  let lastSeen = null;
  let myLast = null;
  let n = 0;
  return async function burst() {
    if (!conn?.open) {
      conn = new Connection(me, {
        expectRateLimits: true,
        onMessage: (frame) => {
          if (frame.type !== 'new-message') return;
          lastSeen = frame.messageId;
          if (frame.userId === me.userId) myLast = frame.messageId;
        },
      });
      await conn.connect();
      await conn.join(roomId);
    }
    for (let i = 0; i < 10; i++) {
      n++;
      conn.send({ type: 'send-message', roomId, content: `flood ${n}` });
      conn.send({ type: 'typing', roomId, isTyping: n % 2 === 0 });
      counts.flood_frames += 2;
      if (lastSeen) {
        conn.send({ type: 'react', roomId, messageId: lastSeen, kind: 'love', on: n % 2 === 0 });
        counts.flood_frames++;
      }
      if (myLast) {
        conn.send({ type: 'edit-message', roomId, messageId: myLast, content: `flood edit ${n}` });
        counts.flood_frames++;
      }
    }
  };
}

function slowReader(me, roomId) {
  return async function cycle() {
    // A client that stops reading answers no ping either: the server may close it (4000, or 4008 when its
    // outbound queue fills first; 1006 when the close frame cannot reach it).
    const conn = new Connection(me, { mayBeClosed: true });
    await conn.connect();
    await conn.join(roomId);
    // Stop reading: the kernel's buffers fill, then the server's outbound queue for this connection.
    conn.ws._socket.pause();
    counts.slow_reader_pauses++;
    const until = Date.now() + options.slowPauseSeconds * 1000;
    while (!stopping && Date.now() < until && conn.closeCode === null) await delay(1000);
    conn.ws._socket.resume();
    await delay(500);
    if (conn.closeCode !== null) counts.slow_readers_closed_by_server++;
    else conn.cutOff();
  };
}

async function churnStorm(churners) {
  counts.churn_storms++;
  const conns = await Promise.all(churners.map(async ({ who, roomId }) => {
    const conn = new Connection(who);
    try {
      await conn.connect();
      await conn.join(roomId);
      conn.send({ type: 'typing', roomId, isTyping: true });
      return { conn, roomId };
    } catch (error) {
      counts.connect_failures++;
      sample(`churn connect: ${error.message}`);
      if (conn.ws) conn.cutOff();
      return null;
    }
  }));
  await delay(1000);
  conns.forEach((entry, i) => {
    if (!entry) return;
    if (i % 2 === 0) {
      entry.conn.send({ type: 'leave-room', roomId: entry.roomId });
      entry.conn.closeCleanly();
      counts.churn_clean_closes++;
    } else {
      entry.conn.cutOff();
      counts.churn_cut_offs++;
    }
  });
}

/** Runs `task` every `everyMs` until stopping, never overlapping itself; failures are counted, not fatal. */
async function loop(everyMs, task, initialDelayMs = Math.random() * everyMs) {
  await delay(initialDelayMs);
  while (!stopping) {
    const started = Date.now();
    try {
      await task();
    } catch (error) {
      counts.connect_failures++;
      sample(`${error.message}`);
      await delay(1000);
    }
    await delay(Math.max(0, everyMs - (Date.now() - started)));
  }
}

// --- the server's heap -----------------------------------------------------------------------------

function heapAfterGcMb() {
  execFileSync(options.jcmd, [String(options.serverPid), 'GC.run'], { stdio: 'pipe' });
  execFileSync(options.jcmd, [String(options.serverPid), 'GC.run'], { stdio: 'pipe' });
  const info = execFileSync(options.jcmd, [String(options.serverPid), 'GC.heap_info'], { encoding: 'utf8' });
  // G1 and ZGC print one line for the whole heap; the serial and parallel collectors one per generation.
  const lines = info.split('\n').filter((line) => /^\s*(garbage-first heap|ZHeap|def new generation|tenured generation|PSYoungGen|ParOldGen|Shenandoah)/.test(line));
  const kb = lines.map((line) => Number((/used (\d+)K/.exec(line) ?? [0, 0])[1])).reduce((a, b) => a + b, 0);
  return lines.length ? Math.round(kb / 1024 * 10) / 10 : null;
}

/** The classes with the most instances' bytes after a full collection, for finding what grew. */
function histogram(file) {
  if (!options.histograms) return;
  const text = execFileSync(options.jcmd, [String(options.serverPid), 'GC.class_histogram'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  fs.writeFileSync(file, text.split('\n').slice(0, 80).join('\n') + '\n');
}

function rssMb() {
  try {
    const status = fs.readFileSync(`/proc/${options.serverPid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  } catch {
    return null;
  }
}

function threads() {
  try {
    return Number(/Threads:\s+(\d+)/.exec(fs.readFileSync(`/proc/${options.serverPid}/status`, 'utf8'))[1]);
  } catch {
    return null;
  }
}

// --- main ------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const R = options.rooms;
  const chatters = await inParallel(range(options.chatters), 8, (i) => user(`c${i}`));
  const flooders = await inParallel(range(options.flooders), 8, (i) => user(`f${i}`));
  const slow = await inParallel(range(options.slowReaders), 8, (i) => user(`s${i}`));
  const churners = await inParallel(range(options.churners), 8, (i) => user(`k${i}`));
  const roomOf = (i) => i % R;
  const roomIds = [];
  for (let r = 0; r < R; r++) {
    const members = [...chatters, ...flooders, ...slow, ...churners]
      .filter((_, i, all) => roomOf(indexIn(all[i], chatters, flooders, slow, churners)) === r);
    const creator = members[0];
    const created = await rest('POST', '/api/chatrooms',
      { name: `soak room ${r}`, participantIds: members.slice(1).map((m) => m.userId) }, creator.token);
    roomIds.push(created.roomId);
  }
  const room = (list, i) => roomIds[roomOf(i)];
  log(`${chatters.length} chatters, ${flooders.length} flooders, ${slow.length} slow readers, ${churners.length} churners in ${R} rooms`);

  const heap = { at_startup_mb: heapAfterGcMb() };
  const samples = [];
  const loops = [
    ...chatters.map((who, i) => loop(options.chatEverySeconds * 1000, chatter(who, room(chatters, i), roomOf(i)))),
    ...flooders.map((who, i) => loop(1000, flooder(who, room(flooders, i)))),
    ...slow.map((who, i) => loop(1000, slowReader(who, room(slow, i)))),
    loop(options.churnSeconds * 1000, () => churnStorm(churners.map((who, i) => ({ who, roomId: room(churners, i) })))),
  ];

  const warmupEnd = Date.now() + options.warmupMinutes * 60_000;
  await delay(warmupEnd - Date.now());
  heap.start_mb = heapAfterGcMb();
  histogram(`${options.histograms}/histogram-start.txt`);
  samples.push({ minute: 0, heap_after_gc_mb: heap.start_mb, rss_mb: rssMb(), threads: threads(), ...snapshot() });
  log(`start (after ${options.warmupMinutes} min warm-up): heap after GC ${heap.start_mb} MB`);
  const soakStart = Date.now();
  for (let minute = options.sampleMinutes; minute <= options.minutes; minute += options.sampleMinutes) {
    await delay(soakStart + minute * 60_000 - Date.now());
    const point = { minute, heap_after_gc_mb: heapAfterGcMb(), rss_mb: rssMb(), threads: threads(), ...snapshot() };
    samples.push(point);
    log(`minute ${minute}: heap after GC ${point.heap_after_gc_mb} MB, rss ${point.rss_mb} MB, ${point.threads} threads, `
      + `${point.acked_messages} messages acked, ${point.rate_limited} RATE_LIMITED, ${point.churn_storms} storms`);
  }
  heap.end_mb = samples[samples.length - 1].heap_after_gc_mb;
  histogram(`${options.histograms}/histogram-end.txt`);
  stopping = true;
  await Promise.race([Promise.all(loops), delay(30_000)]);
  const growth = (heap.end_mb - heap.start_mb) / heap.start_mb;
  const result = {
    generated_at: new Date().toISOString(),
    conditions: {
      minutes: options.minutes, warmup_minutes: options.warmupMinutes, rooms: R, chatters: options.chatters,
      chat_every_seconds: options.chatEverySeconds, flooders: options.flooders, slow_readers: options.slowReaders,
      slow_pause_seconds: options.slowPauseSeconds, churners: options.churners, churn_every_seconds: options.churnSeconds,
    },
    heap: { ...heap, growth_pct: Math.round(growth * 1000) / 10, within_10_pct: growth <= 0.10 },
    samples,
    counts,
    error_samples: errorSamples,
    wall_minutes: Math.round((Date.now() - started) / 6000) / 10,
  };
  const json = JSON.stringify(result, null, 2);
  if (options.out) fs.writeFileSync(options.out, json + '\n');
  console.log(json);
  log(`heap after GC: start ${heap.start_mb} MB, end ${heap.end_mb} MB (${result.heap.growth_pct}%): `
    + (result.heap.within_10_pct ? 'within 10%' : 'GREW more than 10%'));
  process.exit(result.heap.within_10_pct ? 0 : 1);
}

function snapshot() {
  const { close_codes: closeCodes, ...rest } = counts;
  return { ...rest, close_codes: { ...closeCodes } };
}

function indexIn(who, ...lists) {
  for (const list of lists) {
    const i = list.indexOf(who);
    if (i >= 0) return i;
  }
  return -1;
}

function range(n) {
  return Array.from({ length: n }, (_, i) => i);
}

async function inParallel(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function sample(text) {
  if (errorSamples.length < 20) errorSamples.push(text);
}

function delay(millis) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, millis)));
}

function log(line) {
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function parseOptions(argv) {
  const raw = {};
  for (let i = 0; i < argv.length; i += 2) {
    raw[argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = argv[i + 1];
  }
  const number = (name, fallback) => (raw[name] === undefined ? fallback : Number(raw[name]));
  if (!raw.url || !raw.serverPid || !raw.jcmd) {
    console.error('usage: soak.js --url URL --server-pid PID --jcmd PATH [--minutes 30] [--warmup-minutes 5] ...');
    process.exit(2);
  }
  return {
    histograms: raw.histograms,
    url: raw.url, serverPid: Number(raw.serverPid), jcmd: raw.jcmd, out: raw.out,
    runId: raw.runId ?? Date.now().toString(36),
    minutes: number('minutes', 30), warmupMinutes: number('warmupMinutes', 5), sampleMinutes: number('sampleMinutes', 5),
    rooms: number('rooms', 6), chatters: number('chatters', 60), chatEverySeconds: number('chatEverySeconds', 2.5),
    flooders: number('flooders', 5), slowReaders: number('slowReaders', 10), slowPauseSeconds: number('slowPauseSeconds', 180),
    churners: number('churners', 40), churnSeconds: number('churnSeconds', 20),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
