'use strict';
// The Socket.IO 4 peer of the benchmark: what most teams would write instead of running Doran Chat.
// It implements the same room and message events (seed 002, as Doran's SPEC §5 keeps them) in memory,
// the way socket.io's documentation and the seed's own code suggest: a JWT checked in the handshake
// middleware, socket.io rooms, `io.to(room).emit('new-message', ...)` for the broadcast. For setup it
// answers the same two REST calls the driver uses on Doran: POST /api/dev/token and POST /api/chatrooms.
//
//   node peer/socketio-server.js --port 3000
//
// Nothing here is part of Doran Chat; it exists only to be measured beside it.

const http = require('node:http');
const crypto = require('node:crypto');
const { Server } = require('socket.io');
const jwt = require('jsonwebtoken');

const args = parseArgs(process.argv.slice(2));
const port = Number(args.port ?? 3000);
const maxTextLength = 1000;
const secret = crypto.randomBytes(32);

/** roomId -> { id, name, participants: Set<userId>, messages: [], expiresAt } */
const rooms = new Map();
/** userId -> nickname */
const nicknames = new Map();
let sequence = 0;

const httpServer = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    return json(res, 200, { status: 'UP' });
  }
  if (req.method === 'POST' && req.url === '/api/dev/token') {
    return body(req, res, ({ userId, nickname }) => {
      if (typeof userId !== 'string' || userId.length === 0) {
        return json(res, 400, { code: 'VALIDATION_FAILED', detail: 'userId is required' });
      }
      nicknames.set(userId, typeof nickname === 'string' && nickname ? nickname : userId);
      const token = jwt.sign({ sub: userId, nickname: nicknames.get(userId) }, secret,
        { algorithm: 'HS256', expiresIn: '24h', jwtid: crypto.randomUUID() });
      json(res, 200, { token });
    });
  }
  if (req.method === 'POST' && req.url === '/api/chatrooms') {
    const user = userOf(bearer(req.headers.authorization));
    if (!user) {
      return json(res, 401, { code: 'UNAUTHORIZED' });
    }
    return body(req, res, ({ name, participantIds = [], ttlHours }) => {
      if (typeof name !== 'string' || name.trim().length === 0 || name.length > 100 || !Array.isArray(participantIds)) {
        return json(res, 400, { code: 'VALIDATION_FAILED' });
      }
      const room = {
        id: crypto.randomUUID(), name: name.trim(), participants: new Set([user.id, ...participantIds]), messages: [],
        expiresAt: ttlHours ? Date.now() + ttlHours * 3600_000 : null,
      };
      rooms.set(room.id, room);
      json(res, 201, { roomId: room.id, name: room.name, userCount: room.participants.size });
    });
  }
  json(res, 404, { code: 'ENDPOINT_NOT_FOUND' });
});

const io = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

// Handshake authentication (002): auth.token or ?token=, refused with connect_error otherwise.
io.use((socket, next) => {
  const token = socket.handshake.auth?.token ?? socket.handshake.query?.token;
  if (!token) {
    return next(new Error('인증 토큰이 필요합니다'));
  }
  const user = userOf(token);
  if (!user) {
    return next(new Error('유효하지 않은 토큰입니다'));
  }
  socket.data.user = user;
  next();
});

io.on('connection', (socket) => {
  const user = socket.data.user;

  socket.on('join-room', (data) => {
    const room = usableRoom(socket, data);
    if (!room) {
      return;
    }
    if (!room.participants.has(user.id)) {
      return socket.emit('error', { message: '방에 참여 중이 아닙니다' });
    }
    const alreadyIn = socket.rooms.has(room.id);
    socket.join(room.id);
    const memberCount = io.sockets.adapter.rooms.get(room.id)?.size ?? 0;
    socket.emit('room-joined', { roomId: room.id, memberCount });
    if (!alreadyIn) {
      socket.to(room.id).emit('user-joined', { roomId: room.id, userId: user.id, nicknameMask: mask(user.nickname), memberCount });
    }
  });

  socket.on('leave-room', (data) => {
    const roomId = data?.roomId;
    if (!roomId || !socket.rooms.has(roomId)) {
      return socket.emit('error', { message: '참여 중인 방이 아닙니다' });
    }
    socket.leave(roomId);
    socket.emit('room-left', { roomId });
    const memberCount = io.sockets.adapter.rooms.get(roomId)?.size ?? 0;
    socket.to(roomId).emit('user-left', { roomId, userId: user.id, memberCount });
  });

  socket.on('send-message', (data) => {
    const room = usableRoom(socket, data);
    if (!room) {
      return;
    }
    if (!room.participants.has(user.id) || !socket.rooms.has(room.id)) {
      return socket.emit('error', { message: '방에 참여 중이 아닙니다' });
    }
    const messageType = data.messageType ?? data.type ?? 'text';
    if (messageType !== 'text' && messageType !== 'image' && messageType !== 'emoji') {
      return socket.emit('error', { message: '유효하지 않은 메시지 타입입니다' });
    }
    const content = typeof data.content === 'string' ? data.content.trim() : '';
    if (messageType !== 'image' && content.length === 0) {
      return socket.emit('error', { message: '메시지 내용을 입력해주세요' });
    }
    if ([...content].length > maxTextLength) {
      return socket.emit('error', { message: `메시지는 ${maxTextLength}자 이하여야 합니다` });
    }
    const message = {
      messageId: `${Date.now()}${String(++sequence % 100000).padStart(5, '0')}`,
      roomId: room.id,
      userId: user.id,
      nicknameMask: mask(user.nickname),
      displayName: user.nickname,
      messageType,
      content: messageType === 'image' ? null : content,
      imageUrl: messageType === 'image' ? data.imageUrl ?? null : null,
      createdAt: new Date().toISOString(),
      clientMessageId: data.clientMessageId ?? null,
    };
    room.messages.push(message);
    io.to(room.id).emit('new-message', message);
  });

  socket.on('typing', (data) => {
    if (data?.roomId && socket.rooms.has(data.roomId)) {
      socket.to(data.roomId).emit('typing-indicator',
        { roomId: data.roomId, userId: user.id, nicknameMask: mask(user.nickname), isTyping: !!data.isTyping });
    }
  });
});

function usableRoom(socket, data) {
  if (!data || typeof data.roomId !== 'string') {
    socket.emit('error', { message: 'roomId가 필요합니다' });
    return null;
  }
  const room = rooms.get(data.roomId);
  if (!room) {
    socket.emit('error', { message: '방을 찾을 수 없습니다' });
    return null;
  }
  if (room.expiresAt !== null && room.expiresAt <= Date.now()) {
    socket.emit('error', { message: '만료된 방입니다' });
    return null;
  }
  return room;
}

function userOf(token) {
  if (!token) {
    return null;
  }
  try {
    const claims = jwt.verify(token, secret, { algorithms: ['HS256'] });
    return { id: claims.sub, nickname: claims.nickname ?? claims.sub };
  } catch {
    return null;
  }
}

function mask(name) {
  const chars = [...name];
  return chars.length === 0 ? '' : chars[0] + '*'.repeat(chars.length - 1);
}

function bearer(header) {
  return header && header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

function body(req, res, handle) {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let parsed;
    try {
      parsed = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    } catch {
      return json(res, 400, { code: 'MALFORMED_REQUEST' });
    }
    handle(parsed ?? {});
  });
}

function json(res, status, value) {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) {
      out[argv[i].slice(2)] = argv[i + 1];
      i++;
    }
  }
  return out;
}

httpServer.listen(port, '127.0.0.1', () => {
  console.log(`Socket.IO peer listening on 127.0.0.1:${port} (socket.io ${require('socket.io/package.json').version}, node ${process.version})`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    io.close();
    process.exit(0);
  });
}
