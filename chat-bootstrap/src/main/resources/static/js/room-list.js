// The room list (newest activity first, last message, unread count) and the "New room" form.
import { compareMessageIds } from './doran-client.js';
import { h, field } from './dom.js';
import { t } from './i18n.js';

export class RoomList {
  constructor(app) {
    this.app = app;
    this.rooms = new Map();
    this.joinedOrLeftAt = new Map();
    this.selected = null;
    this.list = h('ul', { class: 'room-list' });
    this.empty = h('p', { class: 'hint' }, t('noRooms'));
    this.form = this.#newRoomForm();
    this.toggle = h('button', { type: 'button', class: 'primary', 'aria-expanded': 'false',
      'aria-controls': 'new-room', onclick: () => this.#showForm(this.form.hidden) }, t('newRoom'));
    this.element = h('nav', { class: 'rooms-pane', 'aria-labelledby': 'rooms-heading' },
      h('div', { class: 'pane-head' }, h('h2', { id: 'rooms-heading' }, t('rooms')), this.toggle),
      this.form, this.empty, this.list);
  }

  /**
   * All rooms, as GET /api/chatrooms answered them when asked at askedAt (performance.now()). What changed here
   * since is newer than the answer: a room created or gone meanwhile stays so, and a room whose last message
   * is newer than the answer's keeps its last message, activity and unread count.
   */
  setAll(summaries, askedAt) {
    const answered = new Map(summaries.map((summary) => [summary.roomId, summary]));
    const rooms = new Map();
    for (const roomId of new Set([...answered.keys(), ...this.rooms.keys()])) {
      const shown = this.rooms.get(roomId);
      const summary = answered.get(roomId);
      if ((this.joinedOrLeftAt.get(roomId) ?? -Infinity) > askedAt) {
        if (shown) rooms.set(roomId, shown);
      } else if (summary) {
        const newer = shown?.lastMessage && (!summary.lastMessage
          || compareMessageIds(shown.lastMessage.messageId, summary.lastMessage.messageId) > 0);
        rooms.set(roomId, newer ? { ...summary, lastMessage: shown.lastMessage,
          lastActivityAt: shown.lastActivityAt, unreadCount: shown.unreadCount, mentionCount: shown.mentionCount } : summary);
      }
    }
    this.rooms = rooms;
    this.render();
  }

  get(roomId) {
    return this.rooms.get(roomId);
  }

  upsert(summary) {
    if (!this.rooms.has(summary.roomId)) this.joinedOrLeftAt.set(summary.roomId, performance.now());
    this.rooms.set(summary.roomId, { ...this.rooms.get(summary.roomId), ...summary });
    this.render();
  }

  remove(roomId) {
    this.joinedOrLeftAt.set(roomId, performance.now());
    this.rooms.delete(roomId);
    this.render();
  }

  rename(roomId, name) {
    const room = this.rooms.get(roomId);
    if (room) this.upsert({ ...room, name });
  }

  /** A new message moves its room to the top; unread: whether it counts as unread for the user. */
  onMessage(message, unread) {
    const room = this.rooms.get(message.roomId);
    if (!room) return;
    const mentioned = unread && (message.mentions ?? []).includes(this.app.me);
    this.upsert({ roomId: room.roomId, lastMessage: message, lastActivityAt: message.createdAt,
      unreadCount: (room.unreadCount ?? 0) + (unread ? 1 : 0), mentionCount: (room.mentionCount ?? 0) + (mentioned ? 1 : 0) });
  }

  /** An edit of the message shown as a room's last message. */
  onMessageEdited(message) {
    const room = this.rooms.get(message.roomId);
    if (room?.lastMessage?.messageId === message.messageId) this.upsert({ roomId: room.roomId, lastMessage: message });
  }

  /** A delete of the message shown as a room's last message: answers whether the list must be read again. */
  onMessageDeleted(roomId, messageId) {
    const room = this.rooms.get(roomId);
    if (room?.lastMessage?.messageId !== messageId) return false;
    this.rooms.set(roomId, { ...room, lastMessage: null });
    return true;
  }

  setUnread(roomId, unreadCount) {
    const room = this.rooms.get(roomId);
    if (room && room.unreadCount !== unreadCount) {
      this.upsert(unreadCount === 0 ? { roomId, unreadCount, mentionCount: 0 } : { roomId, unreadCount });
    }
  }

  select(roomId) {
    this.selected = roomId;
    this.render();
  }

  render() {
    const focused = document.activeElement?.dataset?.roomId;
    const rooms = [...this.rooms.values()].sort((a, b) => activity(b) - activity(a));
    this.empty.hidden = rooms.length > 0;
    this.list.replaceChildren(...rooms.map((room) => this.#item(room)));
    if (focused) this.list.querySelector(`[data-room-id="${CSS.escape(focused)}"]`)?.focus();
  }

  #item(room) {
    const unread = room.unreadCount ?? 0;
    const mentions = room.mentionCount ?? 0;
    const descriptionId = `room-${room.roomId}-description`;
    return h('li', {}, h('button', {
      type: 'button', class: 'room', 'data-room-id': room.roomId, 'aria-label': room.name,
      'aria-describedby': descriptionId, 'aria-current': this.selected === room.roomId ? 'true' : null,
      onclick: () => this.app.openRoom(room.roomId, { focus: true }),
    },
    h('span', { class: 'room-name' }, room.name),
    mentions > 0 ? h('span', { class: 'badge mention', 'aria-hidden': 'true' }, `@${mentions > 99 ? '99+' : mentions}`) : null,
    unread > 0 ? h('span', { class: 'badge', 'aria-hidden': 'true' }, unread > 999 ? '999+' : unread) : null,
    h('span', { class: 'room-last', id: descriptionId }, preview(room.lastMessage),
      unread > 0 ? h('span', { class: 'visually-hidden' }, `, ${t('unread', { count: unread })}`) : null,
      mentions > 0 ? h('span', { class: 'visually-hidden' }, `, ${t('mentions', { count: mentions })}`) : null)));
  }

  #newRoomForm() {
    const name = h('input', { name: 'name', required: true, maxlength: 100, autocomplete: 'off' });
    const participants = h('input', { name: 'participants', autocomplete: 'off' });
    const form = h('form', { id: 'new-room', class: 'card', hidden: true,
      onkeydown: (event) => { if (event.key === 'Escape') this.#showForm(false); },
      onsubmit: async (event) => {
        event.preventDefault();
        const ids = participants.value.split(',').map((id) => id.trim()).filter(Boolean);
        if (await this.app.createRoom(name.value.trim(), ids)) {
          form.reset();
          this.#showForm(false, false);
        }
      } },
    field(t('roomName'), name),
    field(t('participants'), participants, t('participantsHint')),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t('create')),
      h('button', { type: 'button', onclick: () => this.#showForm(false) }, t('cancel'))));
    return form;
  }

  #showForm(show, refocus = true) {
    this.form.hidden = !show;
    this.toggle.setAttribute('aria-expanded', String(show));
    if (show) this.form.querySelector('input').focus();
    else if (refocus) this.toggle.focus();
  }
}

function activity(room) {
  return Date.parse(room.lastActivityAt ?? '') || 0;
}

function preview(message) {
  if (!message) return t('noMessagesYet');
  const body = message.messageType === 'image' ? `🖼 ${message.content || message.imageUrl}` : message.content;
  return message.displayName ? `${message.displayName}: ${body}` : body;
}
