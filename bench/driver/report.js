'use strict';
// Merges one run.sh invocation's driver outputs into results/latest.json and results/latest.md (and a
// copy named after the workload, so the figures of every workload stay side by side).
//
//   node driver/report.js <run dir> <results dir>
//
// The run dir holds meta.json (workload, machine, conditions) and one <round>-<server>.json per driver run.
// With several rounds, each server is represented by its median round (by the workload's headline figure).

const fs = require('node:fs');
const path = require('node:path');

const [runDir, resultsDir] = process.argv.slice(2);
const meta = JSON.parse(fs.readFileSync(path.join(runDir, 'meta.json'), 'utf8'));
const runs = fs.readdirSync(runDir).filter((f) => /^\d+-(doran|socketio|doran-socketio)\.json$/.test(f))
  .map((f) => JSON.parse(fs.readFileSync(path.join(runDir, f), 'utf8')));

const idle = meta.workload === 'idle';
const headline = (run) => (idle ? run.connections : run.best?.delivered_per_s ?? 0);

function median(server) {
  const mine = runs.filter((r) => r.server === server).sort((a, b) => headline(a) - headline(b));
  return mine.length === 0 ? null : mine[Math.floor((mine.length - 1) / 2)];
}

const doran = median('doran');
const socketio = median('socketio');
// Doran's own Socket.IO endpoint, driven as the peer is: Socket.IO against Socket.IO, like with like.
const doranSocketio = median('doran-socketio');

function fanoutSummary(run) {
  if (!run) {
    return null;
  }
  const best = run.best;
  const summary = best === null ? { delivered_per_s: 0, note: 'no step passed' } : {
    delivered_per_s: best.delivered_per_s,
    p50_ms: best.p50_ms,
    p99_ms: best.p99_ms,
    p999_ms: best.p999_ms,
    max_ms: best.max_ms,
    rss_mb: best.server_rss_mb,
    cpu_pct: best.server_cpu_pct,
    cpu_us_per_delivery: best.server_cpu_pct === null || best.delivered_per_s === 0 ? null
      : round(best.server_cpu_pct * 1e4 / best.delivered_per_s, 2),
    driver_cpu_pct: best.driver_cpu_pct,
    driver_cpu_us_per_delivery: best.driver_cpu_us_per_delivery ?? null,
    lost: best.lost,
    errors: best.errors,
    dropped_connections: best.dropped_connections,
  };
  for (const [key, value] of Object.entries(best ?? {})) {
    if (key.endsWith('_cpu_pct') && !['server_cpu_pct', 'driver_cpu_pct'].includes(key)) {
      summary[key] = value;
    }
  }
  summary.first_fail = run.first_fail === null ? null : {
    delivered_per_s: run.first_fail.delivered_per_s,
    offered_deliveries_per_s: run.first_fail.offered_deliveries_per_s,
    p99_ms: run.first_fail.p99_ms,
    lost: run.first_fail.lost,
    dropped_connections: run.first_fail.dropped_connections,
  };
  summary.rounds = runs.filter((r) => r.server === run.server).map((r) => r.best?.delivered_per_s ?? 0);
  return summary;
}

/** CPU per delivered message (µs) of one ramp step. */
function cpuPerDelivery(step) {
  return step.server_cpu_pct == null || step.delivered_per_s === 0 ? null
    : round(step.server_cpu_pct * 1e4 / step.delivered_per_s, 2);
}

/**
 * Doran (or its Socket.IO endpoint) and the Socket.IO peer at the same offered load: the highest ramp step both
 * passed; cpu_ratio is Doran's server CPU per delivery divided by the peer's there.
 */
function equalLoad(mine = doran) {
  if (!mine || !socketio) {
    return null;
  }
  const passed = (run) => new Map(run.steps.filter((s) => s.pass).map((s) => [s.sends_per_s, s]));
  const d = passed(mine);
  const s = passed(socketio);
  const common = [...d.keys()].filter((rate) => s.has(rate)).sort((a, b) => b - a);
  if (common.length === 0) {
    return null;
  }
  const rate = common[0];
  const pick = (step) => ({ p50_ms: step.p50_ms, p99_ms: step.p99_ms, p999_ms: step.p999_ms, max_ms: step.max_ms,
    cpu_pct: step.server_cpu_pct, cpu_us_per_delivery: cpuPerDelivery(step), driver_cpu_pct: step.driver_cpu_pct });
  const mineAt = pick(d.get(rate));
  const peerAt = pick(s.get(rate));
  return { offered_deliveries_per_s: d.get(rate).offered_deliveries_per_s, doran: mineAt, socketio: peerAt,
    cpu_ratio: mineAt.cpu_us_per_delivery && peerAt.cpu_us_per_delivery
      ? round(mineAt.cpu_us_per_delivery / peerAt.cpu_us_per_delivery, 2) : null };
}

function idleSummary(run) {
  if (!run) {
    return null;
  }
  const last = run.milestones[run.milestones.length - 1];
  const at10k = run.milestones.find((m) => m.connections === 10000) ?? null;
  return {
    connections: run.connections,
    dropped_connections: run.dropped_connections,
    refused_at: run.refused_at,
    rss_mb: last.server_rss_mb,
    heap_after_gc_mb: last.heap_after_gc_mb,
    rss_kb_per_connection: run.rss_kb_per_connection,
    heap_kb_per_connection: run.heap_kb_per_connection,
    at_10000: at10k,
    milestones: run.milestones,
  };
}

const result = idle ? {
  workload: meta.workload,
  doran: idleSummary(doran),
  socketio: idleSummary(socketio),
  ratio_delivered: null,
  ratio_connections: doran && socketio ? round(doran.connections / socketio.connections, 2) : null,
  doran_socketio: idleSummary(doranSocketio),
} : {
  workload: meta.workload,
  doran: fanoutSummary(doran),
  socketio: fanoutSummary(socketio),
  ratio_delivered: doran && socketio && headline(socketio) > 0 ? round(headline(doran) / headline(socketio), 2) : null,
  equal_load: equalLoad(),
  doran_socketio: fanoutSummary(doranSocketio),
  ratio_delivered_doran_socketio: doranSocketio && socketio && headline(socketio) > 0
    ? round(headline(doranSocketio) / headline(socketio), 2) : null,
  equal_load_doran_socketio: equalLoad(doranSocketio),
};
result.generated_at = meta.generated_at;
result.quick = meta.quick;
result.conditions = meta.conditions;
result.machine = meta.machine;

fs.mkdirSync(resultsDir, { recursive: true });
const json = JSON.stringify(result, null, 2) + '\n';
const markdown = idle ? idleTable(result) : fanoutTable(result);
const variant = `${meta.workload}${meta.deflate ? '-deflate' : ''}${meta.quick ? '-quick' : ''}`;
for (const name of ['latest', variant]) {
  fs.writeFileSync(path.join(resultsDir, `${name}.json`), json);
  fs.writeFileSync(path.join(resultsDir, `${name}.md`), markdown);
}
process.stdout.write(markdown);

function fanoutTable(r) {
  const d = r.doran ?? {};
  const s = r.socketio ?? {};
  const x = r.doran_socketio ?? {};
  const c = r.conditions;
  const row = (label, fd, fs_, fx, last = '') => `| ${label} | ${fd} | ${fs_} | ${fx} | ${last} |`;
  const lines = [
    `### ${r.workload}${r.quick ? ' (quick)' : ''}: ${c.connections} connections in ${c.rooms} rooms of `
      + `${c.connections / c.rooms}, ${c.senders} senders, ${c.size} B messages`,
    '',
    `Doran Chat: ${c.doran_mode}. Socket.IO: ${c.socketio_mode}. ${c.machine_line}${c.pinning ? ` ${c.pinning}.` : ''}`
      + `${c.deflate ? ' Clients offer permessage-deflate.' : ''}`,
    `Ramp: ${c.ramp}. p99 limit ${c.p99_limit_ms} ms. ${c.rounds} round(s), alternating; median round shown `
      + `(all rounds: Doran /chat ${fmtList(d.rounds)}, Socket.IO ${fmtList(s.rounds)}, Doran /socket.io/ ${fmtList(x.rounds)}). ${r.generated_at}`,
    '',
    '| | Doran Chat `/chat` | Socket.IO 4 (Node.js) | Doran Chat `/socket.io/` | Doran `/chat` / Socket.IO |',
    '|---|---:|---:|---:|---:|',
    row(`**max delivered msg/s with p99 ≤ ${c.p99_limit_ms} ms**`, `**${fmt(d.delivered_per_s)}**`, `**${fmt(s.delivered_per_s)}**`,
      `**${fmt(x.delivered_per_s)}** (${r.ratio_delivered_doran_socketio ?? '–'}×)`, `**${r.ratio_delivered ?? '–'}**`),
    row('latency at that rate p50 / p99 / p99.9 / max (ms)', lat(d), lat(s), lat(x)),
    row('server CPU at that rate (% of one core)', fmt(d.cpu_pct), fmt(s.cpu_pct), fmt(x.cpu_pct)),
    row('server CPU per delivered message (µs)', fmt(d.cpu_us_per_delivery), fmt(s.cpu_us_per_delivery),
      fmt(x.cpu_us_per_delivery), ratio(d.cpu_us_per_delivery, s.cpu_us_per_delivery)),
    row('server resident memory (MB)', fmt(d.rss_mb), fmt(s.rss_mb), fmt(x.rss_mb)),
    row('driver CPU at that rate (%) / per receipt (µs)', `${fmt(d.driver_cpu_pct)} / ${fmt(d.driver_cpu_us_per_delivery)}`,
      `${fmt(s.driver_cpu_pct)} / ${fmt(s.driver_cpu_us_per_delivery)}`, `${fmt(x.driver_cpu_pct)} / ${fmt(x.driver_cpu_us_per_delivery)}`),
    row('lost messages / errors / dropped connections', losses(d), losses(s), losses(x)),
    row('first failing step: delivered/s of offered, p99', failed(d.first_fail), failed(s.first_fail), failed(x.first_fail)),
  ];
  for (const key of Object.keys(d).filter((k) => k.endsWith('_cpu_pct') && !['cpu_pct', 'driver_cpu_pct'].includes(k))) {
    lines.push(row(`${key.replace('_cpu_pct', '')} CPU at that rate (%)`, fmt(d[key]), '–', fmt(x[key])));
  }
  for (const [e, name] of [[r.equal_load, '`/chat`'], [r.equal_load_doran_socketio, '`/socket.io/`']]) {
    if (!e) {
      continue;
    }
    const mine = (v) => (name === '`/chat`' ? [v, '–'] : ['–', v]);
    const [ld, lx] = mine(`${e.doran.p50_ms} / ${e.doran.p99_ms} / ${e.doran.max_ms}`);
    const [cd, cx] = mine(`${fmt(e.doran.cpu_us_per_delivery)}`);
    lines.push(row(`Doran ${name} and Socket.IO at equal load, ${fmt(e.offered_deliveries_per_s)} msg/s: p50 / p99 / max (ms)`,
      ld, `${e.socketio.p50_ms} / ${e.socketio.p99_ms} / ${e.socketio.max_ms}`, lx));
    lines.push(row(`… server CPU per delivery there (µs); cpu_ratio`, cd, fmt(e.socketio.cpu_us_per_delivery), cx,
      `${e.cpu_ratio ?? '–'}`));
  }
  return lines.join('\n') + '\n';
}

function losses(x) {
  return `${x.lost ?? '–'} / ${x.errors ?? '–'} / ${x.dropped_connections ?? '–'}`;
}

function idleTable(r) {
  const d = r.doran ?? {};
  const s = r.socketio ?? {};
  const x = r.doran_socketio ?? {};
  const c = r.conditions;
  const at = (v) => (v.at_10000 ? `${fmt(v.at_10000.server_rss_mb)} MB RSS${v.at_10000.heap_after_gc_mb != null
    ? `, ${fmt(v.at_10000.heap_after_gc_mb)} MB heap` : ''}` : '–');
  return [
    `### idle${r.quick ? ' (quick)' : ''}: authenticated connections, each joined to a room of ${c.members_per_room}`,
    '',
    `Doran Chat: ${c.doran_mode}. Socket.IO: ${c.socketio_mode}. ${c.machine_line}`
      + `${c.deflate ? ' Clients offer permessage-deflate.' : ' Clients offer no compression.'}`,
    `Up to ${fmt(c.max_connections)} connections (the file-descriptor limit allows ${fmt(c.fd_limit)}), opened in batches of ${c.batch}. ${r.generated_at}`,
    '',
    '| | Doran Chat `/chat` | Socket.IO 4 (Node.js) | Doran Chat `/socket.io/` |',
    '|---|---:|---:|---:|',
    `| **idle connections held** | **${fmt(d.connections)}** | **${fmt(s.connections)}** | **${fmt(x.connections)}** |`,
    `| at 10,000 connections | ${at(d)} | ${at(s)} | ${at(x)} |`,
    `| at the most connections: RSS (MB) | ${fmt(d.rss_mb)} | ${fmt(s.rss_mb)} | ${fmt(x.rss_mb)} |`,
    `| at the most connections: heap after a full GC (MB) | ${fmt(d.heap_after_gc_mb)} | – | ${fmt(x.heap_after_gc_mb)} |`,
    `| memory per connection: RSS growth (KB) | ${fmt(d.rss_kb_per_connection)} | ${fmt(s.rss_kb_per_connection)} | ${fmt(x.rss_kb_per_connection)} |`,
    `| memory per connection: heap (KB) | ${fmt(d.heap_kb_per_connection)} | – | ${fmt(x.heap_kb_per_connection)} |`,
    `| refused at / dropped while idle | ${d.refused_at ?? 'none'} / ${d.dropped_connections ?? '–'} | ${s.refused_at ?? 'none'} / ${s.dropped_connections ?? '–'} | ${x.refused_at ?? 'none'} / ${x.dropped_connections ?? '–'} |`,
  ].join('\n') + '\n';
}

function lat(x) {
  return x.p50_ms === undefined ? '–' : `${x.p50_ms} / ${x.p99_ms} / ${x.p999_ms} / ${x.max_ms}`;
}

function failed(f) {
  return f ? `${fmt(f.delivered_per_s)} of ${fmt(f.offered_deliveries_per_s)}, ${f.p99_ms} ms` : 'none (ramp cap)';
}

function ratio(a, b) {
  return a && b ? String(round(a / b, 2)) : '';
}

function fmt(v) {
  if (v === null || v === undefined) {
    return '–';
  }
  return typeof v === 'number' ? v.toLocaleString('en-US') : String(v);
}

function fmtList(list) {
  return list ? list.map(fmt).join(', ') : '–';
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
