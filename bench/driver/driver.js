'use strict';
// The load driver: one process, the same workload against Doran Chat or the Socket.IO peer.
//
//   node driver/driver.js --server doran|socketio|doran-socketio --url http://127.0.0.1:8080 --workload fanout|idle
//        [--server-pid PID] [--jcmd PATH] [--deflate true] [--out FILE] [workload options]
//
// doran speaks Doran's /chat frames, socketio the Socket.IO peer's protocol, doran-socketio the same Socket.IO
// protocol against Doran's /socket.io/ endpoint. --deflate true makes every client offer permessage-deflate, as
// browsers do (the default offers no compression).
//
// fanout: N connections in R rooms (N/R members each), S of them sending at a set total rate, message
//   content of B bytes. The rate ramps geometrically until a step fails, then bisects between the last
//   step that passed and the first that failed. A step passes when every message reached every member
//   of its room, no connection dropped, no error came back, and p99 stayed within --p99-limit-ms.
//   Latency runs from the time a message was due to be sent (so a driver that falls behind does not hide
//   it) to each receipt, sender's own copy included. --prewarm-seconds N first sends at the start rate for N s,
//   not counted, so that the first step does not measure a cold server.
// idle: opens authenticated connections (each joined to a room) in batches until --max-connections or
//   until the server refuses, and reads the server's memory at each milestone.
//
// It prints one JSON document (also written to --out).

const fs = require('node:fs');
const { execFileSync } = require('node:child_process');
const WebSocket = require('ws');
const hdr = require('hdr-histogram-js');
const protocols = require('./protocols');

const MARKER = Buffer.from('"content":"~');
const TILDE = 0x7e;
const ERROR = Buffer.from('error');
const CLK_TCK = 100;

const options = parseOptions(process.argv.slice(2));
const protocol = protocols[options.server];
if (!protocol) {
  fail(`--server must be doran, socketio or doran-socketio, not ${options.server}`);
}

/** Wall-clock microseconds with sub-millisecond resolution, comparable across the whole process. */
function nowMicros() {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

// --- setup over REST -------------------------------------------------------------------------------

async function post(path, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  for (let attempt = 1; ; attempt++) {
    let response;
    let text;
    try {
      response = await fetch(`${options.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      text = await response.text();
    } catch (error) {
      // A connection reset or refused under load: the request is tried again, as a 5xx would be.
      if (attempt >= 5) {
        throw new Error(`POST ${path} failed: ${error.cause?.message ?? error.message}`);
      }
      await delay(200 * attempt);
      continue;
    }
    if (response.ok) {
      return JSON.parse(text);
    }
    if (attempt >= 5 || response.status < 500 && response.status !== 429) {
      throw new Error(`POST ${path} answered ${response.status}: ${text}`);
    }
    await delay(200 * attempt);
  }
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

/** Users u0..u(n-1) with tokens, and rooms of `perRoom` consecutive users (room of user i = floor(i / perRoom)). */
async function createUsersAndRooms(first, count, perRoom) {
  const users = await inParallel(Array.from({ length: count }, (_, i) => first + i), 32, async (n) => {
    const userId = `bench-${options.runId}-u${n}`;
    const { token } = await post('/api/dev/token', { userId, nickname: `벤치${n}` });
    return { userId, token };
  });
  const rooms = [];
  for (let i = 0; i < users.length; i += perRoom) {
    rooms.push(users.slice(i, i + perRoom));
  }
  const roomIds = await inParallel(rooms, 16, async (members, r) => {
    const created = await post('/api/chatrooms',
      { name: `bench room ${first / perRoom + r}`, participantIds: members.slice(1).map((m) => m.userId) }, members[0].token);
    return created.roomId;
  });
  users.forEach((user, i) => { user.roomId = roomIds[Math.floor(i / perRoom)]; });
  return users;
}

// --- connections -----------------------------------------------------------------------------------

const stats = {
  disconnects: 0,
  errors: 0,
  errorSamples: [],
  sendBlocked: 0,
  lastFrameAt: 0,
};

/** Waits until no frame has arrived for `quietMs` (at most `maxMs`): the notices of the setup have all been read. */
async function settle(quietMs = 1000, maxMs = 120_000) {
  const until = Date.now() + maxMs;
  while (Date.now() - stats.lastFrameAt < quietMs && Date.now() < until) {
    await delay(100);
  }
}

/** A connected, authenticated client that joined its room. */
class Client {
  constructor(user, index, onReceipt) {
    this.user = user;
    this.index = index;
    this.onReceipt = onReceipt;
    this.waiters = new Map();
    this.open = false;
    [this.sendPrefix, this.sendSuffix] = protocol.sendTemplate(user.roomId);
  }

  connect(timeoutMs = 30000) {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(protocol.url(options.url, this.user.token), {
        perMessageDeflate: options.deflate ? {} : false,
        skipUTF8Validation: true,
        handshakeTimeout: timeoutMs,
      });
      this.ws = ws;
      const timer = setTimeout(() => reject(new Error(`no auth-success within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set('auth-success', (data) => {
        clearTimeout(timer);
        this.open = true;
        resolve(data);
      });
      this.waiters.set('auth-error', (data) => {
        clearTimeout(timer);
        reject(new Error(`auth-error ${JSON.stringify(data)}`));
      });
      ws.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      ws.on('close', () => {
        if (this.open) {
          stats.disconnects++;
        }
        this.open = false;
      });
      ws.on('open', () => protocol.hello().forEach((frame) => ws.send(frame)));
      ws.on('message', (data) => this.received(data));
    });
  }

  join(timeoutMs = 30000) {
    return this.request(protocol.join(this.user.roomId), 'room-joined', timeoutMs);
  }

  request(frame, event, timeoutMs) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.set(event, (data) => {
        clearTimeout(timer);
        resolve(data);
      });
      this.ws.send(frame);
    });
  }

  /** Sends one message whose content carries who sent it and when it was due, padded to the workload's size. */
  send(content) {
    if (!this.open) {
      return false;
    }
    if (this.ws.bufferedAmount > 1 << 20) {
      stats.sendBlocked++;
      return false;
    }
    this.ws.send(this.sendPrefix + content + this.sendSuffix);
    return true;
  }

  received(data) {
    stats.lastFrameAt = Date.now();
    const at = data.indexOf(MARKER);
    if (at >= 0) {
      this.onReceipt(data, at + MARKER.length);
      return;
    }
    // Room notices (user-joined, presence, ...) nobody waits for: not worth parsing. In big rooms every member's
    // arrival reaches every other member, and parsing them all would keep the driver busy long after the setup.
    if (this.waiters.size === 0 && data.length > 1 && data.indexOf(ERROR) < 0) {
      return;
    }
    const text = data.toString('utf8');
    const { event, data: payload, reply } = protocol.control(text, this.user.token);
    if (reply) {
      this.ws.send(reply);
      return;
    }
    if (event === 'error') {
      stats.errors++;
      if (stats.errorSamples.length < 5) {
        stats.errorSamples.push(text.slice(0, 300));
      }
    }
    const waiter = this.waiters.get(event);
    if (waiter) {
      this.waiters.delete(event);
      waiter(payload);
    }
  }

  close() {
    this.open = false;
    this.ws?.terminate();
  }
}

/** Connects and joins every client, `concurrency` at a time; returns how many failed. */
async function connectAll(clients, concurrency) {
  let failed = 0;
  await inParallel(clients, concurrency, async (client) => {
    try {
      await client.connect();
      await client.join();
    } catch (error) {
      failed++;
      if (stats.errorSamples.length < 5) {
        stats.errorSamples.push(`connect: ${error.message}`);
      }
      client.close();
    }
  });
  return failed;
}

// --- server measurements ---------------------------------------------------------------------------

/** CPU time of a process in clock ticks (user + system, its threads included), or null. */
function cpuTicks(pid) {
  if (!pid) {
    return null;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

function serverCpuTicks() {
  return cpuTicks(options.serverPid);
}

/** CPU ticks of the helper processes (--aux-pids name:pid,...), such as the database under the server. */
function auxCpuTicks() {
  return Object.fromEntries(options.auxPids.map(({ name, pid }) => [name, cpuTicks(pid)]));
}

function serverRssMb() {
  if (!options.serverPid) {
    return null;
  }
  try {
    const status = fs.readFileSync(`/proc/${options.serverPid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
    return round(kb / 1024, 1);
  } catch {
    return null;
  }
}

/** The JVM's heap in use right after a full collection, in MB (Doran only, with --jcmd). */
function heapAfterGcMb() {
  if (!options.jcmd || !options.serverPid) {
    return null;
  }
  try {
    execFileSync(options.jcmd, [String(options.serverPid), 'GC.run'], { stdio: 'pipe' });
    const info = execFileSync(options.jcmd, [String(options.serverPid), 'GC.heap_info'], { encoding: 'utf8' });
    const used = /used (\d+)K/.exec(info);
    return used ? round(Number(used[1]) / 1024, 1) : null;
  } catch (error) {
    return null;
  }
}

// --- fan-out workload --------------------------------------------------------------------------------

async function fanout() {
  const n = options.connections;
  const perRoom = Math.floor(n / options.rooms);
  if (perRoom < 1 || n % options.rooms !== 0) {
    fail('--connections must be a multiple of --rooms');
  }
  const users = await createUsersAndRooms(0, n, perRoom);

  let step = null;
  const onReceipt = (data, at) => {
    // content: ~<sender>~<seq>~<due micros>~xxxx
    let i = at;
    while (data[i] !== TILDE) i++;
    i++;
    while (data[i] !== TILDE) i++;
    i++;
    let due = 0;
    for (let c = data[i]; c !== TILDE; c = data[++i]) {
      due = due * 10 + (c - 48);
    }
    if (step === null || due < step.startMicros) {
      return;
    }
    step.received++;
    if (due >= step.measureFromMicros && due < step.measureToMicros) {
      const latency = Math.max(1, nowMicros() - due);
      step.measuredReceived++;
      step.histogram.recordValue(latency);
      // The worst latency of each 100 ms of sending: shows whether a tail is spread out or one stall.
      const slot = Math.floor((due - step.measureFromMicros) / 100_000);
      if (latency > (step.timeline[slot] ?? 0)) {
        step.timeline[slot] = latency;
      }
    }
  };

  const clients = users.map((user, i) => new Client(user, i, onReceipt));
  const failedAtStart = await connectAll(clients, 100);
  if (failedAtStart > 0) {
    fail(`${failedAtStart} of ${n} connections could not connect and join: ${stats.errorSamples.join(' | ')}`);
  }
  await settle();
  stats.disconnects = 0;
  stats.errors = 0;

  // Senders spread evenly over the rooms: sender k is the (k div R)-th member of room (k mod R).
  const senders = [];
  for (let k = 0; k < options.senders; k++) {
    const room = k % options.rooms;
    const member = Math.floor(k / options.rooms) % perRoom;
    senders.push(clients[room * perRoom + member]);
  }
  const padding = 'x'.repeat(Math.max(0, options.size));

  async function runStep(rate, timing = options) {
    const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });
    const start = nowMicros();
    const warmup = timing.warmupSeconds * 1e6;
    const measure = timing.stepSeconds * 1e6;
    step = {
      rate, startMicros: start, measureFromMicros: start + warmup, measureToMicros: start + warmup + measure,
      received: 0, measuredReceived: 0, histogram, sent: 0, measuredSent: 0, timeline: [],
    };
    const disconnectsBefore = stats.disconnects;
    const errorsBefore = stats.errors;
    const blockedBefore = stats.sendBlocked;
    let measuring = false;
    let cpuBefore = null;
    let auxBefore = {};
    let driverCpuBefore = null;
    let measureStartedAt = 0;
    const current = step;
    await new Promise((resolve) => {
      const tick = () => {
        const now = nowMicros();
        if (!measuring && now >= current.measureFromMicros) {
          measuring = true;
          cpuBefore = serverCpuTicks();
          auxBefore = auxCpuTicks();
          driverCpuBefore = process.cpuUsage();
          measureStartedAt = now;
        }
        // Message k is due at start + k / rate: every message whose time has come goes out now.
        const end = Math.min(now, current.measureToMicros - 1);
        const due = Math.floor((end - start) * rate / 1e6) + 1;
        while (current.sent < due) {
          const seq = current.sent++;
          const dueAt = Math.round(start + seq * 1e6 / rate);
          const sender = senders[seq % senders.length];
          const header = `~${sender.index}~${seq}~${dueAt}~`;
          const content = header + padding.slice(0, Math.max(0, options.size - header.length));
          if (sender.send(content) && dueAt >= current.measureFromMicros) {
            current.measuredSent++;
          }
        }
        if (now >= current.measureToMicros) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(tick, 1);
    });
    const measuredMicros = nowMicros() - measureStartedAt;
    const cpuAfter = serverCpuTicks();
    const auxAfter = auxCpuTicks();
    const driverCpu = process.cpuUsage(driverCpuBefore);
    const rssMb = serverRssMb();
    // Let in-flight messages arrive: up to --drain-seconds after the last send.
    const expectedTotal = current.sent * perRoom;
    const drainUntil = Date.now() + timing.drainSeconds * 1000;
    while (current.received < expectedTotal && Date.now() < drainUntil && stats.disconnects === disconnectsBefore) {
      await delay(20);
    }
    const expected = current.measuredSent * perRoom;
    const lost = Math.max(0, expected - current.measuredReceived);
    const result = {
      sends_per_s: rate,
      offered_deliveries_per_s: rate * perRoom,
      delivered_per_s: Math.round(current.measuredReceived / timing.stepSeconds),
      p50_ms: ms(histogram.getValueAtPercentile(50)),
      p99_ms: ms(histogram.getValueAtPercentile(99)),
      p999_ms: ms(histogram.getValueAtPercentile(99.9)),
      max_ms: ms(histogram.maxValue),
      lost,
      errors: stats.errors - errorsBefore,
      dropped_connections: stats.disconnects - disconnectsBefore,
      send_blocked: stats.sendBlocked - blockedBefore,
      server_cpu_pct: cpuBefore === null || cpuAfter === null ? null
        : round((cpuAfter - cpuBefore) / CLK_TCK / (measuredMicros / 1e6) * 100, 0),
      server_rss_mb: rssMb,
      driver_cpu_pct: round((driverCpu.user + driverCpu.system) / measuredMicros * 100, 0),
      driver_cpu_us_per_delivery: current.measuredReceived === 0 ? null
        : round((driverCpu.user + driverCpu.system) / (current.measuredReceived * measuredMicros / (timing.stepSeconds * 1e6)), 2),
      measured_from: new Date(current.measureFromMicros / 1000).toISOString(),
      worst_ms_per_100ms: Array.from(current.timeline, (v) => (v === undefined ? null : ms(v))),
    };
    for (const { name } of options.auxPids) {
      result[`${name}_cpu_pct`] = auxBefore[name] == null || auxAfter[name] == null ? null
        : round((auxAfter[name] - auxBefore[name]) / CLK_TCK / (measuredMicros / 1e6) * 100, 0);
    }
    result.pass = result.lost <= expected * 0.001 && result.errors === 0 && result.dropped_connections === 0
      && result.send_blocked === 0 && result.p99_ms <= options.p99LimitMs;
    step = null;
    log(`${options.server}${timing === options ? '' : ' warm-up'} ${rate} sends/s -> ${result.delivered_per_s} delivered/s p50 ${result.p50_ms} p99 ${result.p99_ms} `
      + `max ${result.max_ms} ms lost ${lost} err ${result.errors} drop ${result.dropped_connections} `
      + `server cpu ${result.server_cpu_pct}% rss ${rssMb} MB driver cpu ${result.driver_cpu_pct}% ${result.pass ? 'PASS' : 'FAIL'}`);
    return result;
  }

  async function restore() {
    const broken = clients.filter((c) => !c.open);
    if (broken.length > 0) {
      log(`reconnecting ${broken.length} dropped connections`);
      const failed = await connectAll(broken, 100);
      if (failed > 0) {
        throw new Error(`${failed} connections could not reconnect`);
      }
    }
    await delay(options.pauseSeconds * 1000);
  }

  // Both servers start cold (a JIT each, a CQL driver, empty caches): the first step would measure that.
  let prewarm = null;
  if (options.prewarmSeconds > 0) {
    log(`${options.server} warming up at ${options.startRate} sends/s for ${options.prewarmSeconds} s (not counted)`);
    prewarm = await runStep(options.startRate,
      { warmupSeconds: options.prewarmSeconds, stepSeconds: 1, drainSeconds: Math.max(30, options.drainSeconds) });
    await restore();
  }

  const steps = [];
  let lastPass = null;
  let firstFail = null;
  /** Runs one step of the search and answers whether it passed. */
  async function probe(rate) {
    const result = await runStep(rate);
    steps.push(result);
    await restore();
    if (result.pass) {
      lastPass = result;
    } else {
      firstFail = result;
    }
    return result.pass;
  }
  for (let rate = options.startRate; rate <= options.maxRate; rate = Math.round(rate * options.factor)) {
    if (!await probe(rate)) {
      break;
    }
  }
  for (let i = 0; lastPass && firstFail && i < options.refine; i++) {
    const rate = Math.round(Math.sqrt(lastPass.sends_per_s * firstFail.sends_per_s));
    if (rate <= lastPass.sends_per_s || rate >= firstFail.sends_per_s) {
      break;
    }
    await probe(rate);
  }
  // The same rate for both servers, so their latencies can be compared at equal load.
  const reference = [];
  for (const rate of options.referenceRates) {
    const result = await runStep(rate);
    reference.push(result);
    await restore();
  }
  clients.forEach((c) => c.close());
  return {
    best: lastPass,
    first_fail: firstFail,
    steps,
    reference,
    prewarm,
    setup: { connections: n, rooms: options.rooms, members_per_room: perRoom, senders: options.senders, size_bytes: options.size },
  };
}

// --- idle workload -----------------------------------------------------------------------------------

async function idle() {
  const perRoom = options.membersPerRoom;
  const batch = options.batch;
  const clients = [];
  const milestones = [];
  const baseline = { connections: 0, server_rss_mb: serverRssMb(), heap_after_gc_mb: heapAfterGcMb() };
  milestones.push(baseline);
  log(`${options.server} idle: baseline rss ${baseline.server_rss_mb} MB heap ${baseline.heap_after_gc_mb} MB`);
  let refusedAt = null;
  while (clients.length < options.maxConnections) {
    const count = Math.min(batch, options.maxConnections - clients.length);
    const users = await createUsersAndRooms(clients.length, count, perRoom);
    const fresh = users.map((user, i) => new Client(user, clients.length + i, () => {}));
    const failed = await connectAll(fresh, 200);
    fresh.filter((c) => c.open).forEach((c) => clients.push(c));
    if (failed > 0) {
      refusedAt = clients.length;
      log(`${options.server} idle: ${failed} of ${count} connections refused at ${clients.length}: ${stats.errorSamples.join(' | ')}`);
      break;
    }
    if (options.milestones.includes(clients.length) || clients.length >= options.maxConnections) {
      await delay(1000);
      const point = {
        connections: clients.filter((c) => c.open).length,
        server_rss_mb: serverRssMb(),
        heap_after_gc_mb: heapAfterGcMb(),
      };
      milestones.push(point);
      log(`${options.server} idle: ${point.connections} connections rss ${point.server_rss_mb} MB heap ${point.heap_after_gc_mb} MB`);
    }
  }
  // Held open and idle for a while: nobody should drop.
  await delay(options.holdSeconds * 1000);
  const held = clients.filter((c) => c.open).length;
  const last = milestones[milestones.length - 1];
  const perConnection = (field) => last[field] === null || baseline[field] === null || last.connections === 0 ? null
    : round((last[field] - baseline[field]) * 1024 / last.connections, 1);
  clients.forEach((c) => c.close());
  return {
    connections: held,
    dropped_connections: clients.length - held,
    refused_at: refusedAt,
    rss_kb_per_connection: perConnection('server_rss_mb'),
    heap_kb_per_connection: perConnection('heap_after_gc_mb'),
    milestones,
    setup: { members_per_room: perRoom, batch, max_connections: options.maxConnections },
  };
}

// --- main ------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const result = options.workload === 'idle' ? await idle() : await fanout();
  const document = {
    server: options.server,
    workload: options.workload,
    url: options.url,
    p99_limit_ms: options.p99LimitMs,
    duration_s: round((Date.now() - started) / 1000, 1),
    error_samples: stats.errorSamples,
    ...result,
  };
  const text = JSON.stringify(document, null, 2);
  if (options.out) {
    fs.writeFileSync(options.out, text + '\n');
  }
  process.stdout.write(text + '\n');
  process.exit(0);
}

function parseOptions(argv) {
  const raw = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) {
      fail(`unexpected argument ${argv[i]}`);
    }
    raw[argv[i].slice(2)] = argv[i + 1];
    i++;
  }
  const number = (name, fallback) => (raw[name] === undefined ? fallback : Number(raw[name]));
  const list = (name, fallback) => (raw[name] === undefined ? fallback
    : raw[name].split(',').filter((s) => s !== '').map(Number));
  return {
    server: raw.server,
    url: raw.url ?? 'http://127.0.0.1:8080',
    workload: raw.workload ?? 'fanout',
    out: raw.out,
    serverPid: raw['server-pid'] ? Number(raw['server-pid']) : null,
    auxPids: (raw['aux-pids'] ?? '').split(',').filter((s) => s.includes(':'))
      .map((s) => ({ name: s.split(':')[0], pid: Number(s.split(':')[1]) })),
    jcmd: raw.jcmd,
    deflate: raw.deflate === 'true',
    runId: raw['run-id'] ?? `${process.pid}`,
    connections: number('connections', 2000),
    rooms: number('rooms', 100),
    senders: number('senders', 500),
    size: number('size', 100),
    startRate: number('start-rate', 500),
    maxRate: number('max-rate', 200000),
    factor: number('factor', 1.5),
    refine: number('refine', 2),
    referenceRates: list('reference-rates', []),
    prewarmSeconds: number('prewarm-seconds', 0),
    warmupSeconds: number('warmup-seconds', 2),
    stepSeconds: number('step-seconds', 5),
    drainSeconds: number('drain-seconds', 3),
    pauseSeconds: number('pause-seconds', 1),
    p99LimitMs: number('p99-limit-ms', 50),
    membersPerRoom: number('members-per-room', 20),
    batch: number('batch', 1000),
    maxConnections: number('max-connections', 10000),
    milestones: list('milestones', [1000, 5000, 10000, 15000, 20000]),
    holdSeconds: number('hold-seconds', 5),
  };
}

function ms(micros) {
  return round(micros / 1000, 2);
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function delay(millis) {
  return new Promise((resolve) => setTimeout(resolve, millis));
}

function log(line) {
  process.stderr.write(`[driver] ${line}\n`);
}

function fail(message) {
  process.stderr.write(`[driver] ${message}\n`);
  process.exit(2);
}

main().catch((error) => fail(error.stack ?? String(error)));
