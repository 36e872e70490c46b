// doran-client.js against the started server (DORAN_URL): calls settled by the server's acks, events for
// what others do, errors in words, throttled typing, token refresh, and a connection that comes back by
// itself without losing or repeating a message.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, WebSocket, PlainWebSocket, loadClientModule, newUser, eventually, record, startProxy,
} from './support.js';

const { DoranClient, DoranApi, DoranError, compareMessageIds } = await loadClientModule();

const clients = [];
const proxies = [];
after(async () => {
  clients.forEach((client) => client.close());
  await Promise.all(proxies.map((proxy) => proxy.close()));
});

function client(user, options = {}) {
  const c = new DoranClient({ baseUrl: BASE_URL, token: user.token, WebSocket, ...options });
  clients.push(c);
  return c;
}

async function proxy() {
  const p = await startProxy();
  proxies.push(p);
  return p;
}

/** Two signed-in users in a new room of two, both connected and joined. */
async function pair() {
  const alice = await newUser('alice');
  const bob = await newUser('bob');
  const a = client(alice);
  const b = client(bob);
  await Promise.all([a.connect(), b.connect()]);
  const room = await a.api.createRoom({ name: 'pair', participantIds: [bob.userId] });
  await Promise.all([a.join(room.roomId, { lastMessageId: null }), b.join(room.roomId, { lastMessageId: null })]);
  return { alice, bob, a, b, roomId: room.roomId };
}

test('the server serves the module at /js/doran-client.js as JavaScript', async () => {
  const response = await fetch(`${BASE_URL}/js/doran-client.js`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /javascript/);
});

test('connect resolves with the signed-in user and the state goes from connecting to open', async () => {
  const alice = await newUser('alice');
  const a = client(alice);
  const events = record(a);
  assert.deepEqual(await a.connect(), { userId: alice.userId });
  assert.equal(a.state, 'open');
  assert.equal(a.userId, alice.userId);
  assert.deepEqual(events.of('state').map((e) => e.state), ['connecting', 'open']);
});

test('send resolves with the ack and everyone in the room, the sender too, hears the message once', async () => {
  const { a, b, roomId, alice } = await pair();
  const heardByA = record(a);
  const heardByB = record(b);
  const ack = await a.send(roomId, '안녕하세요');
  assert.equal(ack.type, 'ack');
  assert.match(ack.messageId, /^\d+$/);
  assert.match(ack.clientMessageId, /^c-[a-z0-9]{24}$/);
  assert.ok(ack.createdAt);
  const [message] = await eventually(() => heardByB.of('new-message').length && heardByB.of('new-message'), 'bob hears it');
  assert.equal(message.messageId, ack.messageId);
  assert.equal(message.content, '안녕하세요');
  assert.equal(message.userId, alice.userId);
  assert.equal(message.clientMessageId, ack.clientMessageId);
  await eventually(() => heardByA.of('new-message').length === 1, 'alice hears her own message');
  await a.ping();
  assert.equal(heardByA.of('new-message').length, 1);
  assert.equal(heardByB.of('new-message').length, 1);
});

test('image and emoji messages travel with their type', async () => {
  const { a, b, roomId } = await pair();
  const heard = record(b);
  await a.send(roomId, { messageType: 'emoji', content: '👍' });
  await a.send(roomId, { messageType: 'image', imageUrl: 'https://example.com/cat.png' });
  const messages = await eventually(() => heard.of('new-message').length === 2 && heard.of('new-message'), 'both');
  assert.deepEqual(messages.map((m) => [m.messageType, m.content ?? m.imageUrl]),
    [['emoji', '👍'], ['image', 'https://example.com/cat.png']]);
});

test('edit, remove, react and read resolve with their acks and the others hear each of them', async () => {
  const { a, b, roomId, bob } = await pair();
  const heard = record(a);
  const { messageId } = await a.send(roomId, 'first');
  await b.send(roomId, 'second');

  const reacted = await b.react(roomId, messageId, 'like');
  assert.deepEqual(reacted.counts, { like: 1 });
  assert.deepEqual(reacted.myReactions, ['like']);
  const unreacted = await b.react(roomId, messageId, 'like', false);
  assert.deepEqual(unreacted.myReactions, []);

  const read = await b.read(roomId, messageId);
  assert.equal(read.messageId, messageId);
  assert.equal(typeof read.unreadCount, 'number');

  const edited = await a.edit(roomId, messageId, 'first, edited');
  assert.equal(edited.messageId, messageId);
  assert.ok(edited.editedAt);

  const removed = await a.remove(roomId, messageId);
  assert.equal(removed.messageId, messageId);

  await eventually(() => heard.of('message-deleted').length, 'alice hears the deletion');
  assert.deepEqual(heard.of('reaction-changed').map((e) => [e.userId, e.kind, e.on]),
    [[bob.userId, 'like', true], [bob.userId, 'like', false]]);
  assert.deepEqual(heard.of('message-read').map((e) => [e.userId, e.messageId]), [[bob.userId, messageId]]);
  assert.equal(heard.of('message-edited')[0].content, 'first, edited');
  assert.equal(heard.of('message-deleted')[0].messageId, messageId);
});

test('a refused call rejects with a DoranError carrying the code and the server\'s words', async () => {
  const { a, b, roomId } = await pair();
  const { messageId } = await a.send(roomId, 'mine');
  await assert.rejects(b.edit(roomId, messageId, 'not yours'), (e) => e instanceof DoranError && e.code === 'FORBIDDEN' && e.message.length > 0);
  await assert.rejects(a.send(roomId, '   '), { code: 'EMPTY_CONTENT' });
  await assert.rejects(a.react(roomId, messageId, 'shrug'), { code: 'INVALID_REACTION' });
  await assert.rejects(a.join('00000000-0000-4000-8000-000000000000'), { code: 'ROOM_NOT_FOUND' });
  assert.equal(a.state, 'open', 'a refusal leaves the connection open');
  assert.equal((await a.send(roomId, 'still fine')).type, 'ack');
});

test('typing is throttled: many keystrokes are one typing frame, and it stops by itself', async () => {
  const alice = await newUser('alice');
  const bob = await newUser('bob');
  const a = client(alice, { typingIntervalMs: 60000, typingIdleMs: 300 });
  const b = client(bob);
  await Promise.all([a.connect(), b.connect()]);
  const { roomId } = await a.api.createRoom({ name: 'typing', participantIds: [bob.userId] });
  await Promise.all([a.join(roomId), b.join(roomId)]);
  const heard = record(b);
  const first = await a.typing(roomId);
  assert.equal(first.type, 'ack');
  for (let i = 0; i < 20; i++) assert.equal(await a.typing(roomId), undefined);
  const indicators = await eventually(() => {
    const seen = heard.of('typing-indicator');
    return seen.some((e) => !e.isTyping) && seen;
  }, 'typing to stop');
  assert.deepEqual(indicators.map((e) => [e.userId, e.isTyping]), [[alice.userId, true], [alice.userId, false]]);
});

test('sending stops typing at once', async () => {
  const { a, b, roomId, alice } = await pair();
  const heard = record(b);
  await a.typing(roomId);
  await a.send(roomId, 'done typing');
  await eventually(() => heard.of('new-message').length, 'the message');
  assert.deepEqual(heard.of('typing-indicator').map((e) => [e.userId, e.isTyping]),
    [[alice.userId, true], [alice.userId, false]]);
});

test('authenticate refreshes the token on the open connection; another user\'s token is refused', async () => {
  const alice = await newUser('alice');
  const a = client(alice);
  await a.connect();
  const fresh = await DoranApi.devToken(alice.userId, 'alice', { baseUrl: BASE_URL });
  const success = await a.authenticate(fresh);
  assert.equal(success.type, 'auth-success');
  assert.equal(success.userId, alice.userId);
  const mallory = await newUser('mallory');
  await assert.rejects(a.authenticate(mallory.token), { code: 'FORBIDDEN' });
  assert.equal(a.state, 'open');
});

test('a refused token without a tokenProvider closes the client and rejects connect', async () => {
  const a = client({ token: 'not-a-jwt' });
  const events = record(a);
  await assert.rejects(a.connect(), (e) => e instanceof DoranError && e.code === 'INVALID_TOKEN');
  assert.equal(a.state, 'closed');
  assert.equal(events.of('state').at(-1).state, 'closed');
  await assert.rejects(a.send('00000000-0000-4000-8000-000000000000', 'x'), { code: 'CLOSED' });
});

test('with a tokenProvider, a refused token is replaced and the client signs in', async () => {
  const alice = await newUser('alice');
  let asked = 0;
  const a = client({ token: 'expired-or-garbage' }, {
    minDelayMs: 50,
    tokenProvider: async () => {
      asked++;
      return alice.token;
    },
  });
  assert.deepEqual(await a.connect(), { userId: alice.userId });
  assert.equal(asked, 1);
});

test('a client that loses its network comes back by itself and gets every message it missed, once', async () => {
  const net = await proxy();
  const alice = await newUser('alice');
  const bob = await newUser('bob');
  const a = client(alice);
  const b = client(bob, { baseUrl: net.baseUrl, minDelayMs: 100, maxDelayMs: 400 });
  await Promise.all([a.connect(), b.connect()]);
  const { roomId } = await a.api.createRoom({ name: 'offline', participantIds: [bob.userId] });
  await Promise.all([a.join(roomId), b.join(roomId, { lastMessageId: null })]);
  const heard = record(b);
  const before = await a.send(roomId, 'before');
  await eventually(() => heard.of('new-message').length === 1, 'the first message');

  net.down();
  await eventually(() => b.state === 'reconnecting', 'bob to notice');
  const sent = [];
  for (const text of ['while', 'bob', 'was', 'away']) sent.push((await a.send(roomId, text)).messageId);
  await eventually(() => heard.of('state').filter((e) => e.state === 'reconnecting').length >= 2, 'a failed retry');
  net.up();

  await eventually(() => b.state === 'open', 'bob to reconnect');
  const after = await a.send(roomId, 'after');
  await eventually(() => heard.of('new-message').some((m) => m.messageId === after.messageId), 'the message after');
  assert.deepEqual(heard.of('new-message').map((m) => m.messageId), [before.messageId, ...sent, after.messageId]);
  assert.deepEqual(heard.of('new-message').map((m) => m.content), ['before', 'while', 'bob', 'was', 'away', 'after']);
});

test('calls made while offline wait for the connection and are sent once it is back', async () => {
  const net = await proxy();
  const { a, roomId, bob } = await pair();
  const b = client(bob, { baseUrl: net.baseUrl, minDelayMs: 100, maxDelayMs: 400 });
  await b.connect();
  await b.join(roomId);
  const heard = record(a);
  net.down();
  await eventually(() => b.state === 'reconnecting', 'bob to notice');
  const sending = b.send(roomId, 'written offline');
  const reacting = b.react(roomId, (await a.send(roomId, 'react to me')).messageId, 'love');
  net.up();
  const [ack, reacted] = await Promise.all([sending, reacting]);
  assert.equal(ack.type, 'ack');
  assert.deepEqual(reacted.myReactions, ['love']);
  await eventually(() => heard.of('new-message').some((m) => m.messageId === ack.messageId), 'alice hears it');
  await a.ping();
  assert.equal(heard.of('new-message').filter((m) => m.content === 'written offline').length, 1);
});

test('a send whose ack is lost is re-sent after the reconnect and stored once', async () => {
  const net = await proxy();
  const { a, roomId, bob } = await pair();
  const b = client(bob, { baseUrl: net.baseUrl, WebSocket: PlainWebSocket, minDelayMs: 100 });
  await b.connect();
  await b.join(roomId, { lastMessageId: null });
  const heardByA = record(a);
  const heardByB = record(b);
  net.cutWhenServerSends('"type":"ack"');
  const ack = await b.send(roomId, 'exactly once');
  assert.ok(heardByB.of('state').some((e) => e.state === 'reconnecting'), 'the connection was cut before the ack');
  await a.ping();
  await eventually(() => heardByA.of('new-message').length, 'alice hears it');
  await b.ping();
  assert.deepEqual(heardByA.of('new-message').map((m) => m.messageId), [ack.messageId]);
  assert.deepEqual(heardByB.of('new-message').map((m) => m.messageId), [ack.messageId]);
  const { messages } = await a.api.history(roomId);
  assert.equal(messages.filter((m) => m.content === 'exactly once').length, 1);
});

test('a call whose connection drops every time before the answer gives up after three attempts', async () => {
  const net = await proxy();
  const { roomId, bob } = await pair();
  const b = client(bob, { baseUrl: net.baseUrl, WebSocket: PlainWebSocket, minDelayMs: 50, maxDelayMs: 100 });
  await b.connect();
  const heard = record(b);
  net.cutWhenServerSends('"type":"ack"', { every: true });
  await assert.rejects(b.send(roomId, 'never acknowledged'), { code: 'CONNECTION_LOST' });
  assert.equal(heard.of('state').filter((e) => e.state === 'reconnecting' && e.previous === 'open').length, 3);
  net.cutWhenServerSends('nothing any more');
  await eventually(() => b.state === 'open', 'the connection to settle');
  assert.equal((await b.ping()).type, 'pong');
});

test('more missed messages than the server returns ask the application to reload the room', async () => {
  const { a, roomId } = await pair();
  // The server under test runs with chat.rooms.missed-limit=5 (DORAN_MISSED_LIMIT when it differs).
  const missedLimit = Number(process.env.DORAN_MISSED_LIMIT || 5);
  for (let i = 0; i < missedLimit + 3; i++) await a.send(roomId, `m${i}`);
  const carol = await newUser('carol');
  await a.api.addParticipant(roomId, carol.userId);
  const c = client(carol);
  await c.connect();
  const heard = record(c);
  const joined = await c.join(roomId, { lastMessageId: null });
  assert.equal(joined.hasMore, true);
  const [resync] = heard.of('resync');
  assert.equal(resync.roomId, roomId);
  assert.deepEqual(heard.of('new-message'), [], 'a partial catch-up is not shown as new messages');
});

test('a room left is not re-joined after a reconnect, and a removal takes the room away', async () => {
  const net = await proxy();
  const { a, roomId, bob } = await pair();
  const b = client(bob, { baseUrl: net.baseUrl, minDelayMs: 100 });
  await b.connect();
  await b.join(roomId);
  const left = await b.leave(roomId);
  assert.equal(left.type, 'room-left');
  const heard = record(b);
  net.down();
  net.up();
  await eventually(() => heard.of('state').some((e) => e.state === 'open'), 'bob to reconnect');
  await a.send(roomId, 'bob left');
  await b.ping();
  assert.deepEqual(heard.of('new-message'), []);
  assert.deepEqual(heard.of('room-joined'), []);
});

test('message ids compare by value, not as text', () => {
  assert.ok(compareMessageIds('9', '10') < 0);
  assert.ok(compareMessageIds('385595101528719361', '385595101528719360') > 0);
  assert.equal(compareMessageIds('7', '7'), 0);
});

test('DoranApi: rooms newest first with unread counts, history pages, and errors in the asked language', async () => {
  const alice = await newUser('alice');
  const bob = await newUser('bob');
  const api = new DoranApi({ baseUrl: BASE_URL, token: alice.token, locale: 'en' });
  const older = await api.createRoom({ name: 'older', participantIds: [bob.userId] });
  const newer = await api.createRoom({ name: 'newer', participantIds: [bob.userId] });
  const b = client(bob);
  await b.connect();
  for (const text of ['1', '2', '3']) await b.send(older.roomId, text);
  const rooms = await api.rooms();
  assert.deepEqual(rooms.map((r) => r.name), ['older', 'newer']);
  assert.equal(rooms[0].unreadCount, 3);
  assert.equal(rooms[0].lastMessage.content, '3');
  const page = await api.history(older.roomId, { limit: 2 });
  assert.deepEqual(page.messages.map((m) => m.content), ['3', '2']);
  assert.equal(page.hasMore, true);
  const rest = await api.history(older.roomId, { limit: 2, before: page.messages[1].messageId });
  assert.deepEqual(rest.messages.map((m) => m.content), ['1']);
  await assert.rejects(api.renameRoom(newer.roomId, ''), (e) => e.code === 'INVALID_ROOM_NAME' && e.status === 400);
  const korean = new DoranApi({ baseUrl: BASE_URL, token: alice.token, locale: 'ko' });
  await assert.rejects(korean.room('00000000-0000-4000-8000-000000000000'),
    (e) => e.code === 'ROOM_NOT_FOUND' && e.message === '방을 찾을 수 없습니다');
  await assert.rejects(new DoranApi({ baseUrl: BASE_URL }).rooms(), { code: 'UNAUTHORIZED', status: 401 });
  assert.equal(await DoranApi.devTokensAvailable({ baseUrl: BASE_URL }), true);
});
