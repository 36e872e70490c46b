// Seed 002's and seed 004's client code, as their documents write it, with the real socket.io-client 4.8
// against a started Doran Chat. Run as `node scenarios.mjs <scenario>`; the test that runs it passes the server
// and what it prepared (tokens, rooms) in environment variables. A scenario prints what it checks and exits 0
// when everything held, 1 (with the reason) otherwise.
import assert from 'node:assert/strict';
import { io } from 'socket.io-client';

const env = process.env;
const BASE = env.BASE_URL;
const ROOM = env.ROOM_ID;
const TRANSPORTS = env.TRANSPORTS ? env.TRANSPORTS.split(',') : undefined;
const sockets = [];

function log(...args) {
  console.log(...args);
}

/** A socket.io-client socket, as the seeds open it; closed when the scenario ends. */
function connect(path, options = {}) {
  const socket = io(BASE + path, { forceNew: true, reconnection: false, ...(TRANSPORTS ? { transports: TRANSPORTS } : {}), ...options });
  sockets.push(socket);
  return socket;
}

/** The next `event` of `socket` that `accept` takes, within 15 s. */
function next(socket, event, accept = () => true) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 15 s`)), 15_000);
    const handler = (...args) => {
      if (accept(...args)) {
        clearTimeout(timer);
        socket.off(event, handler);
        resolve(args.length > 1 ? args : args[0]);
      }
    };
    socket.on(event, handler);
  });
}

function connected(socket) {
  return socket.connected ? Promise.resolve() : next(socket, 'connect');
}

/** Emits with an acknowledgement callback and answers its argument. */
function ask(socket, event, payload) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no acknowledgement of ${event}`)), 15_000);
    socket.emit(event, payload, (answer) => {
      clearTimeout(timer);
      resolve(answer);
    });
  });
}

const scenarios = {
  // Seed 002: connect with auth {token} to the namespace /socket, join-room, send-message, typing, leave-room.
  async seed002() {
    const alice = connect('/socket', { auth: { token: env.ALICE_TOKEN } });
    const bob = connect('/socket', { auth: { token: env.BOB_TOKEN } });
    await Promise.all([connected(alice), connected(bob)]);
    log('both connected over', alice.io.engine.transport.name);

    alice.emit('join-room', { roomId: ROOM });
    const aliceJoined = await next(alice, 'room-joined');
    assert.equal(aliceJoined.roomId, ROOM);
    const bobJoinedAlice = next(alice, 'user-joined');
    bob.emit('join-room', { roomId: ROOM });
    const bobJoined = await next(bob, 'room-joined');
    assert.equal(bobJoined.memberCount, 2);
    const userJoined = await bobJoinedAlice;
    assert.deepEqual(Object.keys(userJoined).sort(), ['memberCount', 'nicknameMask', 'roomId', 'userId']);
    assert.equal(userJoined.userId, env.BOB_ID);
    assert.equal(userJoined.memberCount, 2);
    log('room-joined and user-joined as the document gives them');

    const toBob = next(bob, 'new-message');
    const toAlice = next(alice, 'new-message');
    alice.emit('send-message', { roomId: ROOM, type: 'text', content: '안녕하세요!' });
    const message = await toBob;
    assert.deepEqual(await toAlice, message);
    for (const field of ['messageId', 'roomId', 'userId', 'nicknameMask', 'type', 'content', 'imageUrl', 'createdAt']) {
      assert.ok(field in message, `new-message has ${field}`);
    }
    assert.equal(message.type, 'text');
    assert.equal(message.content, '안녕하세요!');
    assert.equal(message.nicknameMask, '김**');
    assert.equal(message.imageUrl, null);
    assert.equal(message.userId, env.ALICE_ID);
    log('new-message to the whole room, the sender included:', JSON.stringify(message));

    const image = next(bob, 'new-message');
    alice.emit('send-message', { roomId: ROOM, type: 'image', imageUrl: 'https://cdn.example.com/a.jpg' });
    assert.equal((await image).imageUrl, 'https://cdn.example.com/a.jpg');

    const typing = next(bob, 'typing-indicator');
    alice.emit('typing', { roomId: ROOM, isTyping: true });
    const indicator = await typing;
    assert.deepEqual(indicator, { roomId: ROOM, userId: env.ALICE_ID, nicknameMask: '김**', isTyping: true });
    log('typing-indicator to the others');

    const left = next(bob, 'user-left');
    alice.emit('leave-room', { roomId: ROOM });
    assert.deepEqual(await next(alice, 'room-left'), { roomId: ROOM });
    const userLeft = await left;
    assert.equal(userLeft.userId, env.ALICE_ID);
    assert.equal(userLeft.memberCount, 1);
    log('room-left and user-left');
  },

  // Seed 002's refusals, as `error {message, code}` with the document's Korean texts.
  async seed002Errors() {
    const alice = connect('/socket', { auth: { token: env.ALICE_TOKEN }, extraHeaders: { 'Accept-Language': 'ko' } });
    await connected(alice);
    const expect = async (event, payload, code, message) => {
      const error = next(alice, 'error');
      alice.emit(event, payload);
      const refusal = await error;
      assert.equal(refusal.code, code, `${event} ${JSON.stringify(payload)}`);
      assert.equal(refusal.message, message, `${event} ${JSON.stringify(payload)}`);
      log(event, '→', JSON.stringify(refusal));
    };
    await expect('join-room', {}, 'MALFORMED_FRAME', 'roomId가 필요합니다');
    await expect('join-room', { roomId: '00000000-0000-4000-8000-000000000000' }, 'ROOM_NOT_FOUND', '방을 찾을 수 없습니다');
    await expect('leave-room', { roomId: ROOM }, 'NOT_JOINED', '참여 중인 방이 아닙니다');
    await expect('send-message', { roomId: env.OTHER_ROOM_ID, type: 'text', content: 'hi' }, 'NOT_A_PARTICIPANT', '방에 참여 중이 아닙니다');
    await expect('send-message', { roomId: ROOM, type: 'video', content: 'x' }, 'INVALID_MESSAGE_TYPE', '유효하지 않은 메시지 타입입니다');
    await expect('send-message', { roomId: ROOM, type: 'text', content: '   ' }, 'EMPTY_CONTENT', '메시지 내용을 입력해주세요');
    await expect('send-message', { roomId: ROOM, type: 'text', content: 'x'.repeat(1001) }, 'MESSAGE_TOO_LONG', '메시지는 1000자 이하여야 합니다');
    const unknown = next(alice, 'error');
    alice.emit('dance', { roomId: ROOM });
    assert.equal((await unknown).code, 'UNKNOWN_FRAME_TYPE');
    assert.ok(alice.connected, 'refusals keep the connection');
  },

  // Moderation (issue 18) over Socket.IO: user-muted and user-banned reach the room, a muted member's send is MUTED.
  async moderation() {
    const alice = connect('/socket', { auth: { token: env.ALICE_TOKEN } });
    const bob = connect('/socket', { auth: { token: env.BOB_TOKEN } });
    await Promise.all([connected(alice), connected(bob)]);
    await Promise.all([ask(alice, 'join-room', { roomId: ROOM }), ask(bob, 'join-room', { roomId: ROOM })]);
    const moderate = async (method, path, body) => {
      const response = await fetch(`${BASE}/api/chatrooms/${ROOM}${path}`, { method,
        headers: { Authorization: `Bearer ${env.ALICE_TOKEN}`, 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined });
      assert.ok(response.ok, `${method} ${path}: ${response.status}`);
    };
    const muted = next(alice, 'user-muted', (event) => event.muted);
    await moderate('POST', '/mutes', { userId: env.BOB_ID, minutes: 5 });
    const mute = await muted;
    assert.equal(mute.userId, env.BOB_ID);
    assert.equal(mute.roomId, ROOM);
    log('user-muted', JSON.stringify(mute));
    const refusal = next(bob, 'error');
    bob.emit('send-message', { roomId: ROOM, type: 'text', content: 'muted?' });
    assert.equal((await refusal).code, 'MUTED');
    log('a muted send is refused with MUTED');
    const lifted = next(alice, 'user-muted', (event) => !event.muted);
    await moderate('DELETE', `/mutes/${encodeURIComponent(env.BOB_ID)}`);
    await lifted;
    const banned = next(alice, 'user-banned');
    await moderate('POST', '/bans', { userId: env.BOB_ID, reason: 'spam' });
    const ban = await banned;
    assert.equal(ban.userId, env.BOB_ID);
    assert.equal(ban.reason, 'spam');
    log('user-banned', JSON.stringify(ban));
  },

  // Seed 004: connect without a token, authenticate, join_room {studyId}, send_message, new_message, notification.
  async seed004() {
    const mina = connect('/');
    const joon = connect('/');
    await Promise.all([connected(mina), connected(joon)]);
    const early = next(mina, 'auth_error');
    mina.emit('join_room', { studyId: ROOM });
    assert.ok((await early).message, 'an event before authenticate gets auth_error {message}');
    log('an event before authenticate gets auth_error');

    mina.emit('authenticate', { token: env.ALICE_TOKEN });
    await next(mina, 'auth_success');
    joon.emit('authenticate', { token: env.BOB_TOKEN });
    await next(joon, 'auth_success');
    log('auth_success for both');

    mina.emit('join_room', { studyId: ROOM });
    joon.emit('join_room', { studyId: ROOM });
    // join_room has no reply in seed 004: wait until both are in by a ping's pong
    await Promise.all([ask(mina, 'ping', {}), ask(joon, 'ping', {})]);

    const toJoon = next(joon, 'new_message');
    const toMina = next(mina, 'new_message');
    mina.emit('send_message', { studyId: ROOM, content: '오늘 스터디 몇 시예요?' });
    const message = await toJoon;
    assert.deepEqual(Object.keys(message).sort(), ['content', 'sentAt', 'userId', 'userName']);
    assert.equal(message.userId, env.ALICE_ID);
    assert.equal(message.userName, '김철수');
    assert.equal(message.content, '오늘 스터디 몇 시예요?');
    assert.ok(!Number.isNaN(Date.parse(message.sentAt)));
    assert.deepEqual(await toMina, message);
    log('new_message {userId, userName, content, sentAt} to the room:', JSON.stringify(message));

    const notified = next(joon, 'notification');
    const response = await fetch(`${BASE}/api/internal/v1/notifications`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Service-Token': env.SERVICE_TOKEN },
      body: JSON.stringify({ userId: env.BOB_ID, type: 'study-approved', message: '스터디 가입이 승인되었습니다', link: '/studies/1' }),
    });
    assert.equal(response.status, 202);
    assert.deepEqual(await notified, { type: 'study-approved', message: '스터디 가입이 승인되었습니다', link: '/studies/1' });
    log('notification {type, message, link}');

    const late = connect('/');
    await connected(late);
    const timedOut = next(late, 'auth_error');
    const reason = await next(late, 'disconnect');
    assert.ok((await timedOut).message);
    log('a socket that never authenticates gets auth_error and is disconnected:', reason);
  },

  // The refusals of a CONNECT: in the client's language, with the stable code in data.code.
  async refusals() {
    const refused = async (path, options) => {
      const socket = connect(path, options);
      const error = await next(socket, 'connect_error');
      log('refused:', JSON.stringify(options), '→', error.message, JSON.stringify(error.data));
      return { message: error.message, code: error.data && error.data.code };
    };
    assert.deepEqual(await refused('/socket', { auth: {} }), { message: 'Authentication token required.', code: 'UNAUTHORIZED' });
    assert.deepEqual(await refused('/socket', { auth: { token: '' }, extraHeaders: { 'Accept-Language': 'ko' } }),
      { message: '인증 토큰이 필요합니다', code: 'UNAUTHORIZED' });
    assert.deepEqual(await refused('/socket', { auth: { token: 'garbage' }, extraHeaders: { 'Accept-Language': 'ko' } }),
      { message: '유효하지 않은 토큰입니다', code: 'INVALID_TOKEN' });
    assert.deepEqual((await refused('/socket', { auth: { token: env.EXPIRED_TOKEN } })).code, 'EXPIRED_TOKEN');
    assert.deepEqual((await refused('/socket', { auth: { token: env.REVOKED_TOKEN } })).code, 'REVOKED_TOKEN');
    assert.deepEqual((await refused('/', { query: { token: 'garbage' } })).code, 'INVALID_TOKEN');
    log('no token, an empty one, invalid, expired and revoked tokens are refused with their codes');

    const byQuery = connect('/socket', { query: { token: env.ALICE_TOKEN } });
    await connected(byQuery);
    const joined = await ask(byQuery, 'join-room', { roomId: ROOM });
    assert.equal(joined.roomId, ROOM);
    log('?token= signs in too');
  },

  // Acknowledgements: the /chat ack's result, or {error: {code, message}}; a retried clientMessageId answers the first.
  async acks() {
    const alice = connect('/socket', { auth: { token: env.ALICE_TOKEN } });
    const bob = connect('/socket', { auth: { token: env.BOB_TOKEN } });
    await Promise.all([connected(alice), connected(bob)]);
    const joined = await ask(alice, 'join-room', { roomId: ROOM });
    assert.equal(joined.roomId, ROOM);
    await ask(bob, 'join-room', { roomId: ROOM });

    const heard = [];
    bob.on('new-message', (message) => heard.push(message));
    const first = await ask(alice, 'send-message', { roomId: ROOM, messageType: 'text', content: 'once', clientMessageId: 'c-once' });
    assert.deepEqual(Object.keys(first).sort(), ['clientMessageId', 'createdAt', 'messageId']);
    const retry = await ask(alice, 'send-message', { roomId: ROOM, messageType: 'text', content: 'once', clientMessageId: 'c-once' });
    assert.deepEqual(retry, first);
    const edited = await ask(alice, 'edit-message', { roomId: ROOM, messageId: first.messageId, content: 'once!' });
    assert.equal(edited.messageId, first.messageId);
    assert.ok(edited.editedAt);
    const reacted = await ask(bob, 'react', { roomId: ROOM, messageId: first.messageId, kind: 'like', on: true });
    assert.deepEqual(reacted.counts, { like: 1 });
    assert.deepEqual(reacted.myReactions, ['like']);
    const read = await ask(bob, 'read', { roomId: ROOM, messageId: first.messageId });
    assert.equal(read.unreadCount, 0);
    assert.deepEqual(await ask(alice, 'typing', { roomId: ROOM, isTyping: true }), {});
    const refusal = await ask(alice, 'send-message', { roomId: ROOM, messageType: 'text', content: '' });
    assert.equal(refusal.error.code, 'EMPTY_CONTENT');
    assert.ok(refusal.error.message);
    const deleted = await ask(alice, 'delete-message', { roomId: ROOM, messageId: first.messageId });
    assert.equal(deleted.messageId, first.messageId);
    await ask(bob, 'ping', {});
    assert.equal(heard.filter((m) => m.clientMessageId === 'c-once').length, 1, 'a retried send is broadcast once');
    log('acknowledgements carry the result; a retried clientMessageId answers the first message once');
  },

  // A message sent here reaches a /chat client of the same room, and one sent there reaches this socket.
  async crossSurface() {
    const socket = connect('/socket', { auth: { token: env.ALICE_TOKEN } });
    await connected(socket);
    await ask(socket, 'join-room', { roomId: ROOM });
    const fromChat = next(socket, 'new-message', (m) => m.content === 'from /chat');
    await ask(socket, 'send-message', { roomId: ROOM, messageType: 'text', content: 'from socket.io' });
    log('sent from socket.io; waiting for /chat');
    const message = await fromChat;
    assert.equal(message.userId, env.BOB_ID);
    log('received from /chat');
  },

  // Two nodes on one Redis: a socket on each sees the room's messages, sent on both, in the same order.
  async twoNodes() {
    const onA = io(env.BASE_URL + '/socket', { forceNew: true, reconnection: false, transports: ['websocket'], auth: { token: env.ALICE_TOKEN } });
    const onB = io(env.OTHER_BASE_URL + '/socket', { forceNew: true, reconnection: false, transports: ['websocket'], auth: { token: env.BOB_TOKEN } });
    sockets.push(onA, onB);
    await Promise.all([connected(onA), connected(onB)]);
    await ask(onA, 'join-room', { roomId: ROOM });
    await ask(onB, 'join-room', { roomId: ROOM });
    const count = 20;
    const seenA = [];
    const seenB = [];
    onA.on('new-message', (m) => seenA.push(m.messageId));
    onB.on('new-message', (m) => seenB.push(m.messageId));
    await Promise.all(Array.from({ length: count }, (_, i) =>
      ask(i % 2 === 0 ? onA : onB, 'send-message', { roomId: ROOM, messageType: 'text', content: `m${i}` })));
    const deadline = Date.now() + 15_000;
    while ((seenA.length < count || seenB.length < count) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(seenA.length, count);
    assert.equal(seenB.length, count);
    assert.deepEqual(seenA, seenB, 'both nodes deliver in the same order');
    const sorted = [...seenA].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : 1));
    assert.deepEqual(seenA, sorted, 'in id order');
    log(`${count} messages sent on two nodes, seen by both sockets once each, in the same id order`);
  },

  // Issue 18 over Socket.IO, with /chat's names and payloads: replies, reply counts, edit counts.
  async threads() {
    const alice = connect('/socket', { auth: { token: env.ALICE_TOKEN } });
    const bob = connect('/socket', { auth: { token: env.BOB_TOKEN } });
    await Promise.all([connected(alice), connected(bob)]);
    await ask(alice, 'join-room', { roomId: ROOM });
    await ask(bob, 'join-room', { roomId: ROOM });

    const parent = await ask(alice, 'send-message', { roomId: ROOM, messageType: 'text', content: 'question' });
    const replyHeard = next(alice, 'new-message', (m) => m.content === 'answer');
    const countHeard = next(alice, 'reply-count-changed');
    const reply = await ask(bob, 'send-message', { roomId: ROOM, content: 'answer', replyTo: parent.messageId });
    const heard = await replyHeard;
    assert.equal(heard.messageId, reply.messageId);
    assert.deepEqual(heard.replyTo, { messageId: parent.messageId, userId: env.ALICE_ID, excerpt: 'question' });
    assert.equal(heard.replyCount, 0);
    assert.deepEqual(await countHeard, { roomId: ROOM, messageId: parent.messageId, replyCount: 1 });
    log('a reply reaches the room with its parent, and the parent\'s count follows');

    const editHeard = next(alice, 'message-edited');
    const edited = await ask(bob, 'edit-message', { roomId: ROOM, messageId: reply.messageId, content: 'answer!' });
    assert.equal(edited.editCount, 1);
    assert.equal((await editHeard).editCount, 1);
    const refusal = await ask(bob, 'send-message', { roomId: ROOM, content: 'x', replyTo: '12345' });
    assert.equal(refusal.error.code, 'MESSAGE_NOT_FOUND');
    log('edits count; a reply to an unknown message is refused');

    const mentioned = next(alice, 'notification');
    const mention = await ask(bob, 'send-message', { roomId: ROOM, content: `@${env.ALICE_ID} see this` });
    const notification = await mentioned;
    assert.equal(notification.type, 'mention');
    assert.equal(notification.roomId, ROOM);
    assert.equal(notification.messageId, mention.messageId);
    assert.equal(notification.link, `/#${ROOM}`);
    assert.ok(notification.message.includes('see this'));
    log('a mentioned user is notified with the room and the message');
  },
};

const name = process.argv[2];
const timeout = setTimeout(() => {
  console.log(`FAIL ${name}: timed out`);
  process.exit(1);
}, 60_000);
try {
  if (!scenarios[name]) {
    throw new Error(`no scenario ${name}`);
  }
  await scenarios[name]();
  console.log(`PASS ${name}`);
  process.exitCode = 0;
} catch (error) {
  console.log(`FAIL ${name}: ${error.stack || error}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timeout);
  sockets.forEach((socket) => socket.close());
}
