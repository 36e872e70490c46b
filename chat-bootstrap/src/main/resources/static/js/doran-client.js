/**
 * doran-client.js: a dependency-free client for Doran Chat, for browsers and Node.js (18+).
 *
 *   import { DoranClient } from '/js/doran-client.js';
 *   const client = new DoranClient({ token });
 *   client.on('new-message', (message) => show(message));
 *   await client.connect();
 *   await client.join(roomId, { lastMessageId });
 *   await client.send(roomId, 'hello');            // resolves with the server's ack
 *
 * DoranClient speaks the /chat WebSocket protocol: every call that sends a frame returns a promise settled
 * by the server's one reply to it (its ack, its own reply, or an error, which rejects with a DoranError).
 * Every server frame is also an event by its type. The connection recovers by itself: it reconnects with
 * backoff, authenticates again, re-joins its rooms with the newest message it saw (the server answers
 * what was missed; nothing is shown twice), then re-sends the calls the connection dropped. Sends carry a
 * clientMessageId, so a re-sent message is never stored twice.
 *
 * DoranApi is the REST API (rooms, history, participants) with the same token and errors.
 */

const RECONNECTABLE = (code) => code !== 4001 && code !== 4003 && code !== 4029;
const MAX_QUEUED = 200;
const MAX_ATTEMPTS = 3;
const MAX_BUFFERED = 1000;

/** A refusal by the server (its stable code and its message in the requested language) or by the client. */
export class DoranError extends Error {
  constructor(code, message, { status, retryAfterMs, frame } = {}) {
    super(message || code);
    this.name = 'DoranError';
    this.code = code;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
    this.frame = frame;
  }
}

/** Compares two message ids (decimal strings, ordered by time): negative, zero or positive. */
export function compareMessageIds(a, b) {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A fresh id for a send: 24 random characters, so a re-sent message is recognized as the same one. */
export function newClientMessageId() {
  const bytes = new Uint8Array(24);
  if (globalThis.crypto?.getRandomValues) {
    globalThis.crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return 'c-' + Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

function defaultBaseUrl() {
  if (globalThis.location?.origin) return globalThis.location.origin;
  throw new Error('baseUrl is required outside a browser');
}

function defaultLocale() {
  return globalThis.navigator?.language || 'en';
}

/** The REST API of Doran Chat (README, "Try it: the REST API"). Errors reject with a DoranError. */
export class DoranApi {
  /**
   * @param {object} options
   * @param {string} [options.baseUrl]  the server, e.g. http://localhost:8080 (in a browser: the page's origin)
   * @param {string} [options.token]    sent as Authorization: Bearer; without it the jwt_token cookie is used
   * @param {string} [options.locale]   Accept-Language of the error details (default: the browser's language)
   */
  constructor({ baseUrl = defaultBaseUrl(), token = null, locale = defaultLocale(), fetch = null } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.token = token;
    this.locale = locale;
    this.fetch = fetch ?? ((...args) => globalThis.fetch(...args));
  }

  /** A dev token (embedded default only): POST /api/dev/token. */
  static async devToken(userId, nickname, options = {}) {
    const api = new DoranApi({ ...options, token: null });
    return (await api.request('POST', '/api/dev/token', { userId, nickname })).token;
  }

  /** Whether the server issues dev tokens (the embedded default). */
  static async devTokensAvailable(options = {}) {
    try {
      await new DoranApi({ ...options, token: null }).request('POST', '/api/dev/token', {});
      return true;
    } catch (e) {
      return e.code === 'VALIDATION_FAILED';
    }
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json', 'Accept-Language': this.locale };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response;
    try {
      response = await this.fetch(this.baseUrl + path, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      const error = new DoranError('NETWORK', 'The server cannot be reached.');
      error.cause = cause;
      throw error;
    }
    const type = response.headers.get('Content-Type') || '';
    const json = type.includes('json') && response.status !== 204 ? await response.json() : null;
    if (!response.ok) {
      throw new DoranError(json?.code || `HTTP_${response.status}`, json?.detail || json?.title || response.statusText,
        { status: response.status, retryAfterMs: json?.retryAfterMs });
    }
    return json;
  }

  rooms() { return this.request('GET', '/api/chatrooms'); }
  room(roomId) { return this.request('GET', `/api/chatrooms/${enc(roomId)}`); }
  createRoom({ name, participantIds = [], visibility, ttlHours, postId }) {
    return this.request('POST', '/api/chatrooms', { name, participantIds, visibility, ttlHours, postId });
  }
  renameRoom(roomId, name) { return this.request('PATCH', `/api/chatrooms/${enc(roomId)}`, { name }); }
  deleteRoom(roomId) { return this.request('DELETE', `/api/chatrooms/${enc(roomId)}`); }
  addParticipant(roomId, userId, role) {
    return this.request('POST', `/api/chatrooms/${enc(roomId)}/participants`, { userId, role });
  }
  removeParticipant(roomId, userId) {
    return this.request('DELETE', `/api/chatrooms/${enc(roomId)}/participants/${enc(userId)}`);
  }
  /** Bans a user (issue 18): removed and refused until the ban ends; no minutes: for good. */
  banUser(roomId, userId, { reason, minutes } = {}) {
    return this.request('POST', `/api/chatrooms/${enc(roomId)}/bans`, { userId, reason, minutes });
  }
  unbanUser(roomId, userId) {
    return this.request('DELETE', `/api/chatrooms/${enc(roomId)}/bans/${enc(userId)}`);
  }
  /** Mutes a participant for some minutes (issue 18): they read but cannot send. */
  muteUser(roomId, userId, minutes) {
    return this.request('POST', `/api/chatrooms/${enc(roomId)}/mutes`, { userId, minutes });
  }
  unmuteUser(roomId, userId) {
    return this.request('DELETE', `/api/chatrooms/${enc(roomId)}/mutes/${enc(userId)}`);
  }
  reportMessage(roomId, messageId, reason) {
    return this.request('POST', `/api/chatrooms/${enc(roomId)}/messages/${enc(messageId)}/reports`, { reason });
  }
  /** The room's reports, newest first (admins and sub-admins): {reports: [{messageId, authorId, reportedBy, reason, reportedAt, ...}]}. */
  reports(roomId, { limit = 50 } = {}) {
    return this.request('GET', `/api/chatrooms/${enc(roomId)}/reports?limit=${limit}`);
  }
  /** Changes a participant's role and/or one's own per-room display name ({role, displayName}). */
  updateParticipant(roomId, userId, changes) {
    return this.request('PATCH', `/api/chatrooms/${enc(roomId)}/participants/${enc(userId)}`, changes);
  }
  /** History, newest first: {messages, hasMore}; page back with {before: oldest id}. */
  history(roomId, { limit = 50, before, after } = {}) {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before) query.set('before', before);
    if (after) query.set('after', after);
    return this.request('GET', `/api/chatrooms/${enc(roomId)}/messages?${query}`);
  }
  /** The replies to a message, oldest first: {messages, hasMore}; page back with {before: oldest reply id}. */
  replies(roomId, messageId, { limit = 50, before } = {}) {
    const query = new URLSearchParams({ limit: String(limit) });
    if (before) query.set('before', before);
    return this.request('GET', `/api/chatrooms/${enc(roomId)}/messages/${enc(messageId)}/replies?${query}`);
  }
  /** A message's earlier versions (its author and admins): {messageId, editCount, edits: [{revision, content, writtenAt, replacedAt}]}. */
  edits(roomId, messageId) {
    return this.request('GET', `/api/chatrooms/${enc(roomId)}/messages/${enc(messageId)}/edits`);
  }
  /** The room's pinned messages, most recently pinned first: {pins: [{message, pinnedBy, pinnedAt}]}. */
  pins(roomId) { return this.request('GET', `/api/chatrooms/${enc(roomId)}/pins`); }
  pin(roomId, messageId) { return this.request('PUT', `/api/chatrooms/${enc(roomId)}/pins/${enc(messageId)}`); }
  unpin(roomId, messageId) { return this.request('DELETE', `/api/chatrooms/${enc(roomId)}/pins/${enc(messageId)}`); }
  search(roomId, q, limit = 50) {
    return this.request('GET', `/api/chatrooms/${enc(roomId)}/messages/search?${new URLSearchParams({ q, limit: String(limit) })}`);
  }
  presence(userId) { return this.request('GET', `/api/users/${enc(userId)}/presence`); }
}

function enc(value) {
  return encodeURIComponent(value);
}

/**
 * A live connection to /chat. States: 'idle' → 'connecting' → 'open' ⇄ 'reconnecting', and 'closed' once
 * close() is called or the server refuses the session for good (a bad token without a tokenProvider, a
 * suspended user, too many connections).
 *
 * Events (client.on(type, listener)): every server frame by its type ('new-message', 'message-edited',
 * 'message-deleted', 'reaction-changed', 'message-read', 'reply-count-changed', 'message-pinned', 'message-unpinned', 'typing-indicator', 'user-joined', 'user-left',
 * 'room-updated', 'participant-added', 'participant-removed', 'role-changed', 'participant-updated',
 * 'user-banned', 'user-muted',
 * 'room-deleted', 'room-left', 'room-joined', 'presence', 'notification', 'session-expired', 'auth-success',
 * 'auth-error', 'pong', and 'error' for errors that answer no call of yours); '*' hears every frame; and the
 * client's own: 'state' {state, previous, retryInMs?, code?}; 'resync' {roomId, missed} when the client cannot
 * tell what it missed (more than the server returns, or a room joined without lastMessageId and no message
 * since): reload that room's history; 'rejoin-failed' {roomId, error}.
 */
export class DoranClient {
  #options;
  #token;
  #ws = null;
  #state = 'idle';
  #userId = null;
  #listeners = new Map();
  #pending = new Map();
  #outbox = [];
  #rooms = new Map();
  #typing = new Map();
  #nextRef = 1;
  #attempt = 0;
  #reconnectTimer = null;
  #heartbeat = null;
  #refreshTimer = null;
  #connected = null;
  #lastClose = null;
  #authFailures = 0;
  #online = () => this.reconnectNow();

  /**
   * @param {object} options
   * @param {string} [options.baseUrl]        the server (default: the page's origin); /chat is derived from it
   * @param {string} [options.url]            the WebSocket URL, when it is not baseUrl + /chat
   * @param {string} [options.token]          a JWT; null: the browser's jwt_token cookie authenticates
   * @param {() => Promise<string>} [options.tokenProvider]  gives a fresh token before the current one expires
   *                                          and when the server says it expired
   * @param {Function} [options.WebSocket]    a WebSocket class (default: the global one; in Node 18/20 the
   *                                          'ws' package)
   * @param {string} [options.locale]         Accept-Language of REST errors
   */
  constructor(options = {}) {
    const baseUrl = (options.baseUrl ?? (options.url ? null : defaultBaseUrl()))?.replace(/\/$/, '');
    this.#options = {
      url: options.url ?? baseUrl.replace(/^http/, 'ws') + '/chat',
      WebSocket: options.WebSocket ?? globalThis.WebSocket,
      tokenProvider: options.tokenProvider ?? null,
      minDelayMs: options.minDelayMs ?? 500,
      maxDelayMs: options.maxDelayMs ?? 10000,
      timeoutMs: options.timeoutMs ?? 10000,
      heartbeatMs: options.heartbeatMs ?? 20000,
      typingIntervalMs: options.typingIntervalMs ?? 3000,
      typingIdleMs: options.typingIdleMs ?? 5000,
      refreshBeforeMs: options.refreshBeforeMs ?? 60000,
    };
    if (!this.#options.WebSocket) throw new Error('no WebSocket implementation: pass options.WebSocket');
    this.#token = options.token ?? null;
    this.api = baseUrl ? new DoranApi({ baseUrl, token: this.#token, locale: options.locale ?? defaultLocale(),
      fetch: options.fetch }) : null;
    globalThis.addEventListener?.('online', this.#online);
  }

  get state() { return this.#state; }

  /** The signed-in user's id, once the server said who it is. */
  get userId() { return this.#userId; }

  /** Listens to an event; answers a function that stops listening. */
  on(type, listener) {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type).add(listener);
    return () => this.off(type, listener);
  }

  off(type, listener) {
    this.#listeners.get(type)?.delete(listener);
  }

  /** Opens the connection; resolves with {userId} once signed in, rejects if the server refuses the token. */
  connect() {
    if (!this.#connected) {
      this.#connected = deferred();
      this.#connected.promise.catch(() => {});
      this.#open();
    }
    return this.#connected.promise;
  }

  /** Closes the connection for good; pending calls reject with code CLOSED. */
  close() {
    this.#finish(new DoranError('CLOSED', 'The client was closed.'));
  }

  /** Reconnects at once when waiting to reconnect (e.g. the network came back). */
  reconnectNow() {
    if (this.#state === 'reconnecting' && this.#reconnectTimer) {
      clearTimeout(this.#reconnectTimer);
      this.#reconnectTimer = null;
      this.#open();
    }
  }

  /** Replaces the token without reconnecting (SPEC: authenticate extends the session); used by reconnects too. */
  authenticate(token) {
    const previous = this.#token;
    this.#useToken(token);
    this.#scheduleRefresh();
    return this.#request({ type: 'authenticate', token }, 'retry').catch((error) => {
      if (this.#token === token) this.#useToken(previous);
      throw error;
    });
  }

  /**
   * Joins a room; resolves with room-joined {roomId, memberCount, missed, hasMore}. With lastMessageId (the
   * newest message you have; null for a room you know is empty) the messages after it arrive first as
   * new-message events. The client re-joins by itself after every reconnect.
   */
  join(roomId, { lastMessageId } = {}) {
    let room = this.#rooms.get(roomId);
    if (room && !room.joining && room.joined) return Promise.resolve(room.joined);
    if (!room) {
      room = { roomId, last: lastMessageId === null ? '1' : lastMessageId ?? null, joining: false, joined: null,
        buffer: [], waiters: [] };
      this.#rooms.set(roomId, room);
      if (this.#state === 'open') this.#sendJoin(room);
    }
    const waiter = deferred();
    room.waiters.push(waiter);
    return waiter.promise;
  }

  /** Leaves a room (resolves with room-left); it is no longer re-joined. */
  leave(roomId) {
    const room = this.#rooms.get(roomId);
    this.#rooms.delete(roomId);
    room?.waiters.splice(0).forEach((w) => w.reject(new DoranError('LEFT', 'The room was left before it was joined.')));
    this.#stopTyping(roomId);
    if (this.#state !== 'open') return Promise.resolve({ type: 'room-left', roomId });
    return this.#request({ type: 'leave-room', roomId }, 'resolve');
  }

  /**
   * Sends a message: a string is a text message; or {messageType: 'text'|'emoji'|'image', content, imageUrl,
   * clientMessageId, replyTo}: replyTo, a message id, makes it a reply. Resolves with the ack {messageId,
   * clientMessageId, createdAt}.
   */
  send(roomId, message) {
    const body = typeof message === 'string' ? { content: message } : { ...message };
    const frame = { type: 'send-message', roomId, messageType: body.messageType ?? 'text',
      clientMessageId: body.clientMessageId ?? newClientMessageId() };
    if (body.content !== undefined) frame.content = body.content;
    if (body.imageUrl !== undefined) frame.imageUrl = body.imageUrl;
    if (body.replyTo) frame.replyTo = body.replyTo;
    this.#stopTyping(roomId);
    return this.#request(frame, 'retry');
  }

  /** Edits your text message; resolves with {messageId, editedAt, editCount}. */
  edit(roomId, messageId, content) {
    return this.#request({ type: 'edit-message', roomId, messageId, content }, 'retry');
  }

  /** Deletes a message (yours, or another's where your role allows); resolves with {messageId}. */
  remove(roomId, messageId) {
    return this.#request({ type: 'delete-message', roomId, messageId }, 'retry');
  }

  /** Adds (on) or removes a reaction; resolves with {messageId, counts, myReactions}. */
  react(roomId, messageId, kind, on = true) {
    return this.#request({ type: 'react', roomId, messageId, kind, on }, 'retry');
  }

  /** Moves your read marker forward; resolves with {messageId, unreadCount}. */
  read(roomId, messageId) {
    return this.#request({ type: 'read', roomId, messageId }, 'retry');
  }

  /**
   * Says you are typing (call it on every keystroke) or stopped. Throttled: at most one frame per
   * typingIntervalMs while typing, and "stopped" by itself after typingIdleMs without a call or on send.
   * Resolves with the ack, or undefined when nothing had to be sent.
   */
  typing(roomId, isTyping = true) {
    if (!isTyping) return this.#stopTyping(roomId);
    if (this.#state !== 'open' || !this.#rooms.has(roomId)) return Promise.resolve();
    const now = Date.now();
    const typing = this.#typing.get(roomId) ?? { sentAt: 0, idle: null };
    this.#typing.set(roomId, typing);
    clearTimeout(typing.idle);
    typing.idle = setTimeout(() => this.#stopTyping(roomId), this.#options.typingIdleMs);
    if (now - typing.sentAt < this.#options.typingIntervalMs) return Promise.resolve();
    typing.sentAt = now;
    return this.#request({ type: 'typing', roomId, isTyping: true }, 'resolve');
  }

  ping() {
    return this.#request({ type: 'ping' }, 'resolve');
  }

  // --- connection --------------------------------------------------------------------------------

  #open() {
    this.#setState(this.#state === 'idle' || this.#state === 'connecting' ? 'connecting' : 'reconnecting');
    let ws;
    try {
      ws = new this.#options.WebSocket(this.#options.url);
    } catch (e) {
      this.#closed(null, 1006, String(e));
      return;
    }
    this.#ws = ws;
    ws.onopen = () => {
      if (this.#ws !== ws) return;
      if (this.#token) {
        const entry = this.#entry({ type: 'authenticate', token: this.#token }, 'drop');
        entry.onReply = (frame) => this.#ready(frame.userId);
        entry.onError = (error) => { this.#lastClose = error; };
        this.#transmit(entry);
      }
      // Without a token, the handshake's jwt_token cookie signs the session in: auth-success comes by itself.
    };
    ws.onmessage = (event) => {
      if (this.#ws !== ws) return;
      let frame;
      try {
        frame = JSON.parse(typeof event.data === 'string' ? event.data : String(event.data));
      } catch {
        return;
      }
      this.#receive(frame);
    };
    ws.onclose = (event) => this.#closed(ws, event.code, event.reason);
    ws.onerror = () => {};
  }

  /** Signed in: rooms are re-joined, then the calls waiting for the connection go out, in order. */
  #ready(userId) {
    this.#userId = userId;
    this.#attempt = 0;
    this.#authFailures = 0;
    for (const room of this.#rooms.values()) this.#sendJoin(room);
    const waiting = this.#outbox.splice(0);
    for (const entry of waiting) this.#transmit(entry);
    clearInterval(this.#heartbeat);
    this.#heartbeat = setInterval(() => this.ping(), this.#options.heartbeatMs);
    this.#scheduleRefresh();
    this.#setState('open');
    this.#connected?.resolve({ userId });
  }

  #closed(ws, code, reason) {
    if (ws && this.#ws !== ws) return;
    this.#ws = null;
    clearInterval(this.#heartbeat);
    this.#heartbeat = null;
    for (const typing of this.#typing.values()) clearTimeout(typing.idle);
    this.#typing.clear();
    const dropped = [...this.#pending.values()].sort((a, b) => a.ref - b.ref);
    this.#pending.clear();
    const retried = [];
    for (const entry of dropped) {
      clearTimeout(entry.timer);
      if (entry.onDrop === 'retry' && (entry.attempts ?? 1) < MAX_ATTEMPTS) {
        entry.retried = true;
        entry.attempts = (entry.attempts ?? 1) + 1;
        retried.push(entry);
      } else if (entry.onDrop === 'retry') {
        // A frame whose connection dropped every time it was sent is not sent again.
        entry.reject(new DoranError('CONNECTION_LOST', 'The connection dropped before the server answered.'));
      } else if (entry.onDrop === 'resolve') {
        entry.resolve(undefined);
      }
    }
    for (const room of this.#rooms.values()) room.joining = false;
    this.#outbox.unshift(...retried);
    if (this.#state === 'closed') return;
    const refusal = this.#lastClose;
    this.#lastClose = null;
    if (!RECONNECTABLE(code)) {
      const renewable = code === 4001 && this.#options.tokenProvider && ++this.#authFailures <= 3;
      if (!renewable) {
        this.#finish(refusal ?? new DoranError(`CLOSED_${code}`, reason || 'The server closed the connection.'), code);
        return;
      }
    }
    this.#scheduleReconnect(code);
  }

  #scheduleReconnect(code) {
    const { minDelayMs, maxDelayMs } = this.#options;
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** this.#attempt++);
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    this.#setState('reconnecting', { retryInMs: delay, code });
    this.#reconnectTimer = setTimeout(async () => {
      this.#reconnectTimer = null;
      if (this.#state === 'closed') return;
      if (code === 4001 && this.#options.tokenProvider) {
        try {
          this.#useToken(await this.#options.tokenProvider());
        } catch {
          this.#scheduleReconnect(code);
          return;
        }
      }
      this.#open();
    }, delay);
  }

  /** No reply in time: the connection is dead even if the socket has not noticed yet. */
  #drop() {
    const ws = this.#ws;
    if (!ws) return;
    try { ws.close(4000, 'no reply'); } catch { /* already closing */ }
    this.#closed(ws, 1006, 'no reply');
  }

  #finish(error, code) {
    if (this.#state === 'closed') return;
    clearTimeout(this.#reconnectTimer);
    clearTimeout(this.#refreshTimer);
    clearInterval(this.#heartbeat);
    globalThis.removeEventListener?.('online', this.#online);
    const ws = this.#ws;
    this.#ws = null;
    try { ws?.close(1000, 'bye'); } catch { /* already closing */ }
    this.#setState('closed', { code, error });
    for (const entry of [...this.#pending.values(), ...this.#outbox]) {
      clearTimeout(entry.timer);
      if (entry.onDrop !== 'drop') entry.reject(error);
    }
    this.#pending.clear();
    this.#outbox = [];
    for (const room of this.#rooms.values()) room.waiters.splice(0).forEach((w) => w.reject(error));
    this.#connected?.reject(error);
  }

  #scheduleRefresh() {
    clearTimeout(this.#refreshTimer);
    const provider = this.#options.tokenProvider;
    const expiresAt = tokenExpiry(this.#token);
    if (!provider || !expiresAt) return;
    const delay = Math.max(5000, expiresAt - Date.now() - this.#options.refreshBeforeMs);
    this.#refreshTimer = setTimeout(async () => {
      try {
        await this.authenticate(await provider());
      } catch (e) {
        this.#emit('error', { type: 'error', code: e.code ?? 'TOKEN_REFRESH_FAILED', message: e.message });
      }
    }, Math.min(delay, 2 ** 31 - 1));
  }

  #useToken(token) {
    this.#token = token;
    if (this.api) this.api.token = token;
  }

  #setState(state, details = {}) {
    const previous = this.#state;
    this.#state = state;
    if (previous !== state || details.retryInMs !== undefined) this.#emit('state', { state, previous, ...details });
  }

  // --- requests and replies ------------------------------------------------------------------------

  #entry(frame, onDrop) {
    const entry = { frame, onDrop };
    entry.promise = new Promise((resolve, reject) => { entry.resolve = resolve; entry.reject = reject; });
    return entry;
  }

  /** Sends now when open, else waits for the connection (bounded). onDrop: what a lost connection does to it. */
  #request(frame, onDrop) {
    const entry = this.#entry(frame, onDrop);
    if (this.#state === 'closed') {
      entry.reject(new DoranError('CLOSED', 'The client is closed.'));
    } else if (this.#state === 'open') {
      this.#transmit(entry);
    } else if (onDrop === 'resolve') {
      entry.resolve(undefined);
    } else if (this.#outbox.length >= MAX_QUEUED) {
      entry.reject(new DoranError('QUEUE_FULL', 'Too many calls are waiting for the connection.'));
    } else {
      this.#outbox.push(entry);
    }
    return entry.promise;
  }

  #transmit(entry) {
    const ref = this.#nextRef++;
    entry.ref = ref;
    entry.frame = { ...entry.frame, ref };
    this.#pending.set(ref, entry);
    entry.timer = setTimeout(() => this.#drop(), this.#options.timeoutMs);
    try {
      this.#ws.send(JSON.stringify(entry.frame));
    } catch {
      this.#drop();
    }
  }

  #sendJoin(room) {
    room.joining = true;
    room.buffer = [];
    const frame = { type: 'join-room', roomId: room.roomId };
    if (room.last) frame.lastMessageId = room.last;
    const entry = this.#entry(frame, 'drop');
    entry.onReply = (joined) => this.#joined(room, joined);
    entry.onError = (error) => this.#joinRefused(room, error);
    this.#transmit(entry);
  }

  #joined(room, joined) {
    const rejoined = room.joined !== null;
    room.joining = false;
    room.joined = joined;
    const missed = joined.missed ?? [];
    if (joined.hasMore || (rejoined && !room.last)) {
      if (missed.length) room.last = missed[missed.length - 1].messageId;
      this.#emit('resync', { roomId: room.roomId, missed });
    } else {
      missed.forEach((message) => this.#deliverMessage(room, { type: 'new-message', ...message }));
    }
    room.buffer.splice(0).forEach((message) => this.#deliverMessage(room, message));
    this.#emitFrame(joined);
    room.waiters.splice(0).forEach((w) => w.resolve(joined));
  }

  #joinRefused(room, error) {
    room.joining = false;
    if (this.#rooms.get(room.roomId) === room) this.#rooms.delete(room.roomId);
    room.buffer = [];
    if (room.waiters.length) room.waiters.splice(0).forEach((w) => w.reject(error));
    else this.#emit('rejoin-failed', { roomId: room.roomId, error });
  }

  #receive(frame) {
    const entry = frame.ref != null ? this.#pending.get(frame.ref) : undefined;
    if (entry) {
      this.#pending.delete(frame.ref);
      clearTimeout(entry.timer);
      this.#settle(entry, frame);
      if (frame.type === 'ack' || frame.type === 'error' || frame.type === 'auth-error' || frame.type === 'room-joined') {
        return;
      }
    } else if (frame.type === 'auth-success' && this.#state !== 'open' && !this.#token) {
      this.#ready(frame.userId);
    }
    switch (frame.type) {
      case 'new-message': {
        const room = this.#rooms.get(frame.roomId);
        if (!room) this.#emitFrame(frame);
        else if (room.joining) room.buffer.length < MAX_BUFFERED && room.buffer.push(frame);
        else this.#deliverMessage(room, frame);
        return;
      }
      case 'room-left':
      case 'room-deleted':
        this.#rooms.delete(frame.roomId);
        this.#stopTyping(frame.roomId);
        break;
      case 'session-expired':
      case 'auth-error':
        this.#lastClose = new DoranError(frame.code, frame.message, { frame });
        break;
    }
    this.#emitFrame(frame);
  }

  /** Settles a call with its reply; the client's own frames (authentication, joins) act on it at once. */
  #settle(entry, frame) {
    if (frame.type === 'error' || frame.type === 'auth-error') {
      const error = new DoranError(frame.code, frame.message, { retryAfterMs: frame.retryAfterMs, frame });
      if (entry.onError) {
        entry.onError(error);
      } else if (entry.retried && entry.frame.type === 'delete-message' && frame.code === 'MESSAGE_NOT_FOUND') {
        // A delete re-sent after a reconnect may find its first attempt already done.
        entry.resolve({ type: 'ack', ref: frame.ref, messageId: entry.frame.messageId });
      } else {
        entry.reject(error);
      }
      return;
    }
    entry.onReply?.(frame);
    entry.resolve(frame);
  }

  #deliverMessage(room, message) {
    if (room.last && compareMessageIds(message.messageId, room.last) <= 0) return;
    room.last = message.messageId;
    this.#emitFrame(message);
  }

  #stopTyping(roomId) {
    const typing = this.#typing.get(roomId);
    if (!typing) return Promise.resolve();
    clearTimeout(typing.idle);
    this.#typing.delete(roomId);
    if (this.#state !== 'open' || !this.#rooms.has(roomId)) return Promise.resolve();
    return this.#request({ type: 'typing', roomId, isTyping: false }, 'resolve');
  }

  #emitFrame(frame) {
    this.#emit(frame.type, frame);
    this.#emit('*', frame);
  }

  #emit(type, payload) {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) {
      try {
        listener(payload);
      } catch (e) {
        setTimeout(() => { throw e; });
      }
    }
  }
}

function deferred() {
  const d = {};
  d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
  return d;
}

/** A JWT's expiry in epoch milliseconds, or null when it has none or is not a JWT. */
function tokenExpiry(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}
