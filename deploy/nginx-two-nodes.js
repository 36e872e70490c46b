'use strict';
// The chat of deploy/nginx-two-nodes.sh, through nginx: REST and WebSocket /chat across two nodes, then the node
// of a connected client is stopped, and the client reconnects through nginx to the other node and gets what it
// missed (join-room with lastMessageId). Fails (exit code 1) at the first thing that does not happen.
//
//   node deploy/nginx-two-nodes.js --nginx http://127.0.0.1:PORT --node http://127.0.0.1:PORT1=PID1 --node ...=PID2
const path = require('path');
const WebSocket = require(require.resolve('ws', { paths: [path.join(__dirname, '..', 'bench')] }));

const args = process.argv.slice(2);
const nginx = args[args.indexOf('--nginx') + 1];
const nodes = args.flatMap((a, i) => (a === '--node' ? [args[i + 1]] : [])).map((n) => {
  const [url, pid] = n.split('=');
  return { url, pid: Number(pid) };
});
const step = (text) => console.log(`[nginx-two-nodes] ${text}`);
const fail = (text) => {
  throw new Error(text);
};

async function rest(method, url, token, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function expect(status, call) {
  const response = await call;
  if (response.status !== status) fail(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A WebSocket client of /chat through nginx that queues the frames it receives. */
function connect(token) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${nginx.replace(/^http/, 'ws')}/chat`, { headers: { Authorization: `Bearer ${token}` } });
    const client = { socket, frames: [], waiters: [], closed: null };
    socket.on('message', (data) => {
      client.frames.push(JSON.parse(data.toString()));
      client.waiters.splice(0).forEach((wake) => wake());
    });
    socket.on('close', (code) => {
      client.closed = code;
      client.waiters.splice(0).forEach((wake) => wake());
    });
    socket.once('open', () => resolve(client));
    socket.once('error', reject);
  });
}

/** The first frame (removed from the queue) that matches, within 15 s. */
async function next(client, what, matches) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const index = client.frames.findIndex(matches);
    if (index >= 0) return client.frames.splice(index, 1)[0];
    if (client.closed !== null) fail(`connection closed (${client.closed}) while waiting for ${what}`);
    const left = deadline - Date.now();
    if (left <= 0) fail(`no ${what} within 15 s; received ${JSON.stringify(client.frames)}`);
    await new Promise((wake) => {
      client.waiters.push(wake);
      setTimeout(wake, left);
    });
  }
}

async function closed(client) {
  const deadline = Date.now() + 30000;
  while (client.closed === null) {
    if (Date.now() > deadline) fail('the connection to the stopped node did not close');
    await new Promise((wake) => {
      client.waiters.push(wake);
      setTimeout(wake, 500);
    });
  }
  return client.closed;
}

/** Open /chat connections on a node, read from its own Prometheus endpoint (not through nginx). */
async function openConnections(node) {
  const text = await (await fetch(`${node.url}/actuator/prometheus`)).text();
  const line = text.split('\n').find((l) => l.startsWith('chat_connections_open'));
  return line ? Number(line.split(' ').pop()) : fail(`no chat_connections_open at ${node.url}`);
}

async function main() {
  const suffix = Date.now().toString(36);
  const alice = `alice-${suffix}`;
  const bob = `bob-${suffix}`;
  const aliceToken = (await expect(200, rest('POST', `${nginx}/api/dev/token`, null, { userId: alice, nickname: 'Alice' }))).token;
  const bobToken = (await expect(200, rest('POST', `${nginx}/api/dev/token`, null, { userId: bob, nickname: 'Bob' }))).token;
  const room = (await expect(201, rest('POST', `${nginx}/api/chatrooms`, aliceToken, { name: 'through nginx', participantIds: [bob] }))).roomId;
  const say = (content) => expect(201, rest('POST', `${nginx}/api/chatrooms/${room}/messages`, aliceToken, { content }));
  await say('hello over REST');
  step(`REST through nginx: tokens, room ${room}, a message`);

  const bobBefore = await connect(bobToken);
  bobBefore.socket.send(JSON.stringify({ type: 'join-room', roomId: room, ref: 'j1' }));
  await next(bobBefore, 'room-joined', (f) => f.type === 'room-joined' && f.roomId === room);
  const counts = await Promise.all(nodes.map(openConnections));
  const bobsNode = nodes[counts.indexOf(1)];
  const otherNode = nodes.find((n) => n !== bobsNode);
  if (!bobsNode || counts.reduce((a, b) => a + b) !== 1) fail(`bob's one connection not found on one node: ${counts}`);
  step(`WebSocket /chat through nginx (upgrade passed): bob joined the room on ${bobsNode.url}`);

  const aliceLive = await connect(aliceToken);
  aliceLive.socket.send(JSON.stringify({ type: 'join-room', roomId: room }));
  await next(aliceLive, 'room-joined', (f) => f.type === 'room-joined');
  aliceLive.socket.send(JSON.stringify({ type: 'send-message', roomId: room, content: 'hello over WebSocket', clientMessageId: 'ws-1' }));
  const seen = await next(bobBefore, 'new-message', (f) => f.type === 'new-message' && f.content === 'hello over WebSocket');
  await next(aliceLive, 'own new-message', (f) => f.type === 'new-message' && f.clientMessageId === 'ws-1');
  aliceLive.socket.close();
  step(`live: alice's WebSocket message reached bob (${seen.messageId})`);

  process.kill(bobsNode.pid, 'SIGTERM');
  const code = await closed(bobBefore);
  step(`stopped bob's node ${bobsNode.url} (pid ${bobsNode.pid}); bob's connection closed (${code})`);

  const missed = [];
  for (const content of ['while you were away 1', 'while you were away 2', 'while you were away 3']) {
    missed.push((await say(content)).messageId);
  }
  step(`alice sent ${missed.length} messages through nginx while bob was away`);

  const bobAfter = await connect(bobToken);
  bobAfter.socket.send(JSON.stringify({ type: 'join-room', roomId: room, lastMessageId: seen.messageId }));
  const joined = await next(bobAfter, 'room-joined', (f) => f.type === 'room-joined' && f.roomId === room);
  const got = (joined.missed || []).map((m) => m.messageId);
  if (JSON.stringify(got) !== JSON.stringify(missed)) fail(`missed messages ${JSON.stringify(got)}, expected ${JSON.stringify(missed)}`);
  if ((await openConnections(otherNode)) !== 1) fail(`bob's new connection is not on ${otherNode.url}`);
  step(`bob reconnected through nginx to ${otherNode.url} and got the ${got.length} messages he missed, in order`);

  const after = await say('welcome back');
  await next(bobAfter, 'new-message after reconnecting', (f) => f.type === 'new-message' && f.messageId === after.messageId);
  bobAfter.socket.close();
  step('and the chat goes on: the next message reached him live');
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[nginx-two-nodes] FAILED: ${error.message}`);
    process.exit(1);
  },
);
