// The Doran Chat web client: signs in, then keeps the room list, the open room and its members in step with
// the server through doran-client.js.
import { DoranClient, DoranApi } from './doran-client.js';
import { h } from './dom.js';
import { t, lang, describeError } from './i18n.js';
import { showSignIn } from './sign-in.js';
import { RoomList } from './room-list.js';
import { RoomView } from './room-view.js';
import { Members } from './members.js';
import { permissionsIn } from './permissions.js';

const SESSION = 'doran.session';
const SIGNED_OUT = 'doran.signedOut';
// The server tells a user about a room they were added to only through the room list: it is read again
// every REFRESH_ROOMS_MS and whenever the tab comes back to the front.
const REFRESH_ROOMS_MS = 15000;
const PRESENCE_LOOKUPS = 50;

const root = document.getElementById('app');
document.documentElement.lang = lang;
document.title = t('appName');

main();

/** A session of this tab (sessionStorage, so two tabs may be two users), else the jwt_token cookie, else sign-in. */
async function main() {
  const saved = JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
  if (saved) return start(saved);
  if (!sessionStorage.getItem(SIGNED_OUT) && await cookieSignsIn()) return start({ token: null, dev: false });
  return signIn();
}

async function cookieSignsIn() {
  try {
    await new DoranApi().rooms();
    return true;
  } catch {
    return false;
  }
}

function signIn(message) {
  return showSignIn(root, (session) => {
    sessionStorage.setItem(SESSION, JSON.stringify(session));
    sessionStorage.removeItem(SIGNED_OUT);
    start(session);
  }, message);
}

async function start(session) {
  root.replaceChildren(h('main', { class: 'splash' }, h('p', { role: 'status' }, t('connecting'))));
  // Dev tokens can be minted again (after they expire, or after the embedded default restarted with a new key).
  const tokenProvider = session.dev ? async () => {
    const token = await DoranApi.devToken(session.userId, session.nickname);
    sessionStorage.setItem(SESSION, JSON.stringify({ ...session, token }));
    return token;
  } : undefined;
  const client = new DoranClient({ token: session.token, tokenProvider });
  try {
    await client.connect();
  } catch (e) {
    sessionStorage.removeItem(SESSION);
    signIn(describeError(e));
    return;
  }
  new ChatApp(client).mount(root);
}

class ChatApp {
  constructor(client) {
    this.client = client;
    this.api = client.api;
    this.me = client.userId;
    this.details = new Map();
    this.presence = new Map();
    this.reactionKinds = ['like', 'love', 'laugh', 'sad', 'angry'];
    this.view = null;
    this.closed = false;
    this.rooms = new RoomList(this);
    this.members = new Members(this);
  }

  mount(root) {
    this.status = h('p', { class: 'connection', role: 'status' });
    this.notice = h('div', { class: 'notice', role: 'alert' });
    this.main = h('main', { class: 'room-pane', id: 'main', tabindex: '-1' }, this.#placeholder());
    this.layout = h('div', { class: 'layout' }, this.rooms.element, this.main, this.members.element);
    root.replaceChildren(
      h('a', { class: 'skip', href: '#main', onclick: (event) => {
        event.preventDefault();
        this.main.focus();
      } }, t('skipToMain')),
      h('header', { class: 'top' },
        h('h1', {}, t('appName')),
        this.status,
        h('span', { class: 'whoami' }, t('signedInAs', { user: this.me })),
        h('button', { type: 'button', onclick: () => this.signOut() }, t('signOut'))),
      this.notice,
      this.layout);
    this.#listen();
    this.refreshRooms().then(() => {
      const roomId = decodeURIComponent(location.hash.slice(1));
      if (roomId && this.rooms.get(roomId)) this.openRoom(roomId);
    });
    this.refresher = setInterval(() => this.refreshRooms(), REFRESH_ROOMS_MS);
    document.addEventListener('visibilitychange', () => {
      if (this.closed || document.visibilityState !== 'visible') return;
      this.refreshRooms();
      this.view?.markRead();
    });
  }

  #listen() {
    const on = (type, listener) => this.client.on(type, listener);
    on('state', (change) => this.#connection(change));
    on('new-message', (message) => this.#message(message));
    on('message-edited', (message) => {
      this.#viewOf(message.roomId)?.onEdited(message);
      this.rooms.onMessageEdited(message);
    });
    on('message-deleted', (frame) => {
      this.#viewOf(frame.roomId)?.onDeleted(frame);
      if (this.rooms.onMessageDeleted(frame.roomId, frame.messageId)) this.refreshRooms();
    });
    on('reaction-changed', (frame) => this.#viewOf(frame.roomId)?.onReaction(frame));
    on('reply-count-changed', (frame) => this.#viewOf(frame.roomId)?.onReplyCount(frame));
    on('message-pinned', (frame) => this.#viewOf(frame.roomId)?.onPinned(frame, true));
    on('message-unpinned', (frame) => this.#viewOf(frame.roomId)?.onPinned(frame, false));
    on('message-read', (frame) => this.#viewOf(frame.roomId)?.onRead(frame));
    on('typing-indicator', (frame) => this.#viewOf(frame.roomId)?.onTyping(frame));
    on('room-updated', (frame) => {
      this.rooms.rename(frame.roomId, frame.name);
      this.#patchDetail(frame.roomId, (room) => ({ ...room, name: frame.name }));
    });
    on('participant-added', ({ roomId, participant }) => this.#patchDetail(roomId, (room) => ({ ...room,
      participants: [...room.participants.filter((p) => p.userId !== participant.userId), participant] })));
    on('participant-removed', ({ roomId, userId }) => {
      if (userId === this.me) this.roomGone(roomId, 'removedFromRoom');
      else this.#patchDetail(roomId, (room) => ({ ...room, participants: room.participants.filter((p) => p.userId !== userId) }));
    });
    on('role-changed', ({ roomId, userId, role }) => this.#patchParticipant(roomId, userId, { role }));
    on('participant-updated', ({ roomId, userId, displayName }) => this.#patchParticipant(roomId, userId, { displayName }));
    on('room-deleted', ({ roomId }) => this.roomGone(roomId, 'roomDeleted'));
    on('room-left', ({ roomId }) => this.roomGone(roomId, 'removedFromRoom'));
    on('rejoin-failed', ({ roomId }) => this.roomGone(roomId, 'removedFromRoom'));
    on('presence', ({ userId, online }) => this.#setPresence(userId, online));
    on('user-joined', ({ userId }) => this.#setPresence(userId, true));
    on('notification', (frame) => this.notify(frame.message));
    on('error', (frame) => this.notify(frame.message));
    on('resync', ({ roomId }) => {
      this.#viewOf(roomId)?.load({ reset: true });
      this.refreshRooms();
    });
  }

  #connection({ state, previous, error }) {
    if (this.closed) return;
    if (state === 'open') {
      this.status.textContent = '';
      this.status.classList.remove('warn');
      if (previous === 'reconnecting') {
        // New messages came with the re-join; edits, deletes and reactions made meanwhile come with a reload.
        this.refreshRooms();
        if (this.view) {
          this.view.load({ reset: false });
          this.loadDetail(this.view.roomId);
        }
      }
    } else if (state === 'closed') {
      this.signOut(describeError(error));
    } else {
      this.status.textContent = t('reconnecting');
      this.status.classList.add('warn');
    }
  }

  #message(message) {
    const view = this.#viewOf(message.roomId);
    const seen = view && document.visibilityState === 'visible';
    this.rooms.onMessage(message, message.userId !== this.me && !seen);
    view?.onMessage(message);
  }

  #viewOf(roomId) {
    return this.view?.roomId === roomId ? this.view : null;
  }

  /** Reads the room list again (unread counts, rooms one was added to) and joins every room in it. */
  async refreshRooms() {
    try {
      const askedAt = performance.now();
      const summaries = await this.api.rooms();
      this.rooms.setAll(summaries, askedAt);
      for (const room of summaries.filter((summary) => this.rooms.get(summary.roomId))) {
        this.client.join(room.roomId, { lastMessageId: room.lastMessage?.messageId ?? null }).catch(() => {});
      }
      if (this.view && !this.rooms.get(this.view.roomId)) this.roomGone(this.view.roomId, 'removedFromRoom');
      if (this.view) {
        this.view.lastReadSent = null;
        this.view.markRead();
      }
    } catch (e) {
      if (e.code !== 'NETWORK') this.notify(describeError(e));
    }
  }

  async createRoom(name, participantIds) {
    try {
      const room = await this.api.createRoom({ name, participantIds });
      this.setDetail(room.roomId, room);
      this.rooms.upsert({ roomId: room.roomId, name: room.name, userCount: room.userCount, unreadCount: 0,
        lastActivityAt: room.createdAt, lastMessage: null });
      await this.client.join(room.roomId, { lastMessageId: null });
      this.openRoom(room.roomId, { focus: true });
      return true;
    } catch (e) {
      this.notify(describeError(e));
      return false;
    }
  }

  openRoom(roomId, { focus = false } = {}) {
    this.layout.classList.add('room-open');
    if (this.view?.roomId !== roomId) {
      this.view = new RoomView(this, roomId);
      this.main.replaceChildren(this.view.element);
      this.rooms.select(roomId);
      this.members.show(roomId);
      history.replaceState(null, '', `#${encodeURIComponent(roomId)}`);
      this.loadDetail(roomId);
      this.view.load();
    }
    if (focus) this.view.focusComposer();
  }

  /** Back to the room list (on a phone, where only one of them fits). */
  closeRoom() {
    this.layout.classList.remove('room-open', 'members-open');
    const roomId = this.view?.roomId;
    if (roomId) this.rooms.element.querySelector(`[data-room-id="${CSS.escape(roomId)}"]`)?.focus();
  }

  toggleMembers() {
    const open = this.layout.classList.toggle('members-open');
    this.view?.membersToggle.setAttribute('aria-expanded', String(open));
    if (open) this.members.element.querySelector('h2')?.focus();
    else this.view?.membersToggle.focus();
  }

  /** The room is gone for this user (left, removed, deleted); messageKey says why, when someone else did it. */
  roomGone(roomId, messageKey) {
    const name = this.roomName(roomId);
    if (!this.rooms.get(roomId) && this.view?.roomId !== roomId) return;
    this.rooms.remove(roomId);
    this.details.delete(roomId);
    this.client.leave(roomId).catch(() => {});
    if (this.view?.roomId === roomId) {
      this.view = null;
      this.main.replaceChildren(this.#placeholder());
      this.members.show(null);
      this.layout.classList.remove('room-open', 'members-open');
      history.replaceState(null, '', location.pathname);
    }
    if (messageKey) this.notify(t(messageKey, { name }));
  }

  async loadDetail(roomId) {
    try {
      this.setDetail(roomId, await this.api.room(roomId));
      this.#lookUpPresence(this.details.get(roomId));
    } catch (e) {
      if (e.code === 'ROOM_NOT_FOUND' || e.code === 'NOT_A_PARTICIPANT') this.roomGone(roomId, 'removedFromRoom');
      else if (this.#viewOf(roomId)) this.view.showError(e);
    }
  }

  setDetail(roomId, room) {
    this.details.set(roomId, room);
    this.rooms.rename(roomId, room.name);
    if (this.view?.roomId === roomId) {
      this.view.refresh();
      this.members.render();
      this.#onlineCount();
    }
  }

  #patchDetail(roomId, change) {
    const room = this.details.get(roomId);
    if (room) this.setDetail(roomId, change(room));
  }

  #patchParticipant(roomId, userId, fields) {
    this.#patchDetail(roomId, (room) => ({ ...room,
      participants: room.participants.map((p) => (p.userId === userId ? { ...p, ...fields } : p)) }));
  }

  async #lookUpPresence(room) {
    const unknown = room.participants.filter((p) => !this.presence.has(p.userId)).slice(0, PRESENCE_LOOKUPS);
    await Promise.all(unknown.map(async (p) => {
      try {
        const presence = await this.api.presence(p.userId);
        if (!this.presence.has(p.userId)) this.presence.set(p.userId, presence.online);
      } catch {
        // presence is a hint; the list works without it
      }
    }));
    this.members.render();
    this.#onlineCount();
  }

  #setPresence(userId, online) {
    this.presence.set(userId, online);
    this.members.render();
    this.#onlineCount();
  }

  #onlineCount() {
    const room = this.view && this.details.get(this.view.roomId);
    if (!room) return;
    const online = room.participants.filter((p) => p.userId === this.me || this.presence.get(p.userId)).length;
    this.view.setOnline(t('membersOnline', { online, total: room.participants.length }));
  }

  permissions(roomId) {
    return permissionsIn(this.details.get(roomId)?.participants ?? [], this.me);
  }

  displayName(roomId, userId, fallback) {
    const participant = this.details.get(roomId)?.participants.find((p) => p.userId === userId);
    return participant?.displayName || fallback || userId;
  }

  roomName(roomId) {
    return this.rooms.get(roomId)?.name ?? this.details.get(roomId)?.name ?? '';
  }

  notify(text) {
    if (!text) return;
    this.notice.replaceChildren(h('p', {}, text),
      h('button', { type: 'button', class: 'small', onclick: () => this.notice.replaceChildren() }, t('dismiss')));
  }

  signOut(message) {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.refresher);
    this.client.close();
    sessionStorage.removeItem(SESSION);
    sessionStorage.setItem(SIGNED_OUT, '1');
    history.replaceState(null, '', location.pathname);
    signIn(message);
  }

  #placeholder() {
    return h('p', { class: 'placeholder hint' }, t('chooseRoom'));
  }
}
