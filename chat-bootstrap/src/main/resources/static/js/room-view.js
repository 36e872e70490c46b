// One room: its history with scroll-back paging, live messages, edits, deletes, reactions, read markers,
// the typing indicator and the message box.
import { compareMessageIds, newClientMessageId } from './doran-client.js';
import { h, field, fill } from './dom.js';
import { t, describeError, timeFormat, dateTimeFormat } from './i18n.js';

const PAGE = 30;
const EMOJI = { like: '👍', love: '❤️', laugh: '😂', sad: '😢', angry: '😠' };
const TYPING_SHOWN_MS = 8000;

export class RoomView {
  constructor(app, roomId) {
    this.app = app;
    this.client = app.client;
    this.roomId = roomId;
    this.messages = new Map();
    this.items = new Map();
    this.pending = new Map();
    this.readers = new Map();
    this.seenAt = new Map();
    this.typers = new Map();
    this.hasMore = false;
    this.loadingOlder = false;
    this.lastReadSent = null;
    this.editing = null;
    /** The ids of the room's pinned messages (issue 18), and the pins themselves, most recently pinned first. */
    this.pinned = new Set();
    this.pins = [];
    /** The message whose report form is open (issue 18). */
    this.reporting = null;
    /** The open panel: 'pins', 'reports' or null. */
    this.panelShown = null;
    this.#build();
  }

  #build() {
    this.title = h('h2', { id: 'room-title', tabindex: '-1' }, this.app.roomName(this.roomId));
    this.online = h('span', { class: 'online-count' });
    this.membersToggle = h('button', { type: 'button', class: 'members-toggle', 'aria-controls': 'members',
      'aria-expanded': 'false', onclick: () => this.app.toggleMembers() }, t('members'));
    const back = h('button', { type: 'button', class: 'back', onclick: () => this.app.closeRoom() },
      h('span', { 'aria-hidden': 'true' }, '← '), t('backToRooms'));
    this.older = h('button', { type: 'button', class: 'load-older', hidden: true, onclick: () => this.loadOlder() },
      t('loadOlder'));
    this.beginning = h('p', { class: 'hint beginning', hidden: true }, t('beginning'));
    this.log = h('ol', { class: 'messages', role: 'log', 'aria-label': t('messages') });
    this.scroller = h('div', { class: 'history', onscroll: () => {
      if (this.scroller.scrollTop < 40) this.loadOlder();
    } }, this.older, this.beginning, this.log);
    this.typingLine = h('p', { class: 'typing', 'aria-live': 'polite' });
    this.error = h('p', { class: 'error', role: 'alert' });
    this.replying = h('p', { class: 'replying', hidden: true });
    this.status = h('p', { class: 'status-line', role: 'status' });
    this.panel = h('section', { id: `panel-${this.roomId}`, class: 'room-panel', hidden: true,
      'aria-labelledby': `panel-heading-${this.roomId}`,
      onkeydown: (event) => { if (event.key === 'Escape') this.#showPanel(null); } });
    this.pinsToggle = this.#panelToggle('pins', t('pinnedPanel'));
    this.reportsToggle = this.#panelToggle('reports', t('reportsPanel'));
    this.reportsToggle.hidden = true;
    this.element = h('section', { class: 'room', 'aria-labelledby': 'room-title' },
      h('header', { class: 'room-head' }, back, this.title, this.online, this.membersToggle),
      h('div', { class: 'room-tools' }, this.pinsToggle, this.reportsToggle),
      this.panel, this.scroller, this.typingLine, this.replying, this.#composer(), this.status, this.error);
  }

  #panelToggle(name, label) {
    return h('button', { type: 'button', class: 'small panel-toggle', 'aria-controls': this.panel.id,
      'aria-expanded': 'false', onclick: () => this.#showPanel(this.panelShown === name ? null : name) }, label);
  }

  #composer() {
    this.type = h('select', { 'aria-label': t('messageType'), onchange: () => this.#placeholder() },
      h('option', { value: 'text' }, t('typeText')),
      h('option', { value: 'emoji' }, t('typeEmoji')),
      h('option', { value: 'image' }, t('typeImage')));
    this.input = h('textarea', { id: 'message', rows: 1, autocomplete: 'off',
      oninput: () => { if (this.input.value.trim()) this.client.typing(this.roomId); },
      onkeydown: (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          this.composer.requestSubmit();
        }
      } });
    this.#placeholder();
    this.composer = h('form', { class: 'composer', onsubmit: (event) => {
      event.preventDefault();
      this.#send();
    } },
    this.type,
    h('label', { for: 'message', class: 'visually-hidden' }, t('message')),
    this.input,
    h('button', { type: 'submit', class: 'primary' }, t('send')));
    return this.composer;
  }

  #placeholder() {
    const key = { text: 'placeholderText', emoji: 'placeholderEmoji', image: 'placeholderImage' }[this.type.value];
    this.input.placeholder = t(key);
  }

  focusComposer() {
    this.input.focus();
  }

  // --- history -----------------------------------------------------------------------------------

  /** The newest page; reset: forget what is shown first (the client could not tell what it missed). */
  async load({ reset = true } = {}) {
    try {
      const page = await this.app.api.history(this.roomId, { limit: PAGE });
      if (reset) {
        this.messages.clear();
        this.items.clear();
        this.log.querySelectorAll('[data-message-id]').forEach((item) => item.remove());
        this.hasMore = page.hasMore;
      } else {
        this.#dropMissing(page.messages);
      }
      await this.#loadPins();
      page.messages.forEach((message) => this.#put(message));
      this.#placeReadMarkers();
      this.#pagingState();
      this.scroller.scrollTop = this.scroller.scrollHeight;
      this.markRead();
    } catch (e) {
      this.showError(e);
    }
  }

  /** Messages that should be in the newest page's range but are not were deleted meanwhile. */
  #dropMissing(page) {
    if (!page.length) return;
    const oldest = page[page.length - 1].messageId;
    const newest = page[0].messageId;
    const present = new Set(page.map((m) => m.messageId));
    for (const id of [...this.messages.keys()]) {
      if (compareMessageIds(id, oldest) >= 0 && compareMessageIds(id, newest) <= 0 && !present.has(id)) this.#forget(id);
    }
  }

  async loadOlder() {
    if (!this.hasMore || this.loadingOlder || !this.messages.size) return;
    this.loadingOlder = true;
    const oldest = [...this.messages.keys()].reduce((a, b) => (compareMessageIds(a, b) <= 0 ? a : b));
    const fromBottom = this.scroller.scrollHeight - this.scroller.scrollTop;
    try {
      const page = await this.app.api.history(this.roomId, { limit: PAGE, before: oldest });
      page.messages.forEach((message) => this.#put(message));
      this.#placeReadMarkers();
      this.hasMore = page.hasMore;
      this.#pagingState();
      this.scroller.scrollTop = this.scroller.scrollHeight - fromBottom;
    } catch (e) {
      this.showError(e);
    } finally {
      this.loadingOlder = false;
    }
  }

  #pagingState() {
    this.older.hidden = !this.hasMore;
    this.beginning.hidden = this.hasMore || this.messages.size === 0;
  }

  // --- live updates ------------------------------------------------------------------------------

  onMessage(message) {
    const stick = this.#nearBottom() || message.userId === this.app.me;
    const pending = this.pending.get(message.clientMessageId);
    if (pending && message.userId === this.app.me) {
      pending.remove();
      this.pending.delete(message.clientMessageId);
    }
    this.#clearTyping(message.userId);
    this.#put(message);
    if (stick) this.scroller.scrollTop = this.scroller.scrollHeight;
    this.markRead();
  }

  onEdited(edited) {
    const message = this.messages.get(edited.messageId);
    if (message) this.#put({ ...message, content: edited.content, editedAt: edited.editedAt, editCount: edited.editCount });
    if (this.pinned.has(edited.messageId)) {
      this.pins = this.pins.map((pin) => (pin.message.messageId === edited.messageId
        ? { ...pin, message: { ...pin.message, content: edited.content, editedAt: edited.editedAt } } : pin));
      this.#renderPanel();
    }
  }

  /** A message was pinned (on) or unpinned: the frame message-pinned {messageId, pinnedBy, pinnedAt} or message-unpinned. */
  onPinned({ messageId, pinnedBy, pinnedAt }, on) {
    if (on) this.pinned.add(messageId);
    else this.pinned.delete(messageId);
    const message = this.messages.get(messageId);
    if (message) this.#put(message);
    this.pins = this.pins.filter((pin) => pin.message.messageId !== messageId);
    if (on && message) this.pins.unshift({ message, pinnedBy, pinnedAt });
    if (on && !message) this.#loadPins();
    else this.#renderPanel();
  }

  /** A reply to a shown message was posted or deleted. */
  onReplyCount({ messageId, replyCount }) {
    const message = this.messages.get(messageId);
    if (message) this.#put({ ...message, replyCount });
  }

  onDeleted({ messageId }) {
    this.#forget(messageId);
    this.#placeReadMarkers();
    if (this.pinned.delete(messageId)) {
      this.pins = this.pins.filter((pin) => pin.message.messageId !== messageId);
      this.#renderPanel();
    }
  }

  /** Counts follow the broadcasts (each change is broadcast once, the reactor's own included). */
  onReaction({ messageId, userId, kind, on }) {
    const message = this.messages.get(messageId);
    if (!message) return;
    const reactions = { ...message.reactions, [kind]: Math.max(0, (message.reactions?.[kind] ?? 0) + (on ? 1 : -1)) };
    if (!reactions[kind]) delete reactions[kind];
    let myReactions = message.myReactions ?? [];
    if (userId === this.app.me) {
      myReactions = on ? [...new Set([...myReactions, kind])] : myReactions.filter((k) => k !== kind);
    }
    this.#put({ ...message, reactions, myReactions });
  }

  onRead({ userId, messageId }) {
    if (userId === this.app.me) return;
    const previous = this.readers.get(userId);
    if (previous && compareMessageIds(previous, messageId) >= 0) return;
    this.readers.set(userId, messageId);
    this.#placeReadMarkers();
  }

  /**
   * "Seen by" goes under the newest message each reader has read that someone else wrote (a reader's own
   * message says nothing about what they saw); only the messages whose line changes are drawn again.
   */
  #placeReadMarkers() {
    const newestFirst = [...this.messages.keys()].sort((a, b) => compareMessageIds(b, a));
    const next = new Map();
    for (const [reader, marker] of this.readers) {
      const id = newestFirst.find((candidate) => compareMessageIds(candidate, marker) <= 0
        && this.messages.get(candidate).userId !== reader);
      if (id) next.set(id, [...(next.get(id) ?? []), reader]);
    }
    const changed = new Set([...this.seenAt.keys(), ...next.keys()]);
    const before = this.seenAt;
    this.seenAt = next;
    for (const id of changed) {
      if (String(before.get(id)) !== String(next.get(id)) && this.messages.has(id)) this.#put(this.messages.get(id));
    }
  }

  onTyping({ userId, isTyping }) {
    if (userId === this.app.me) return;
    if (isTyping) {
      clearTimeout(this.typers.get(userId));
      this.typers.set(userId, setTimeout(() => this.#clearTyping(userId), TYPING_SHOWN_MS));
      this.#renderTyping();
    } else {
      this.#clearTyping(userId);
    }
  }

  #clearTyping(userId) {
    if (!this.typers.has(userId)) return;
    clearTimeout(this.typers.get(userId));
    this.typers.delete(userId);
    this.#renderTyping();
  }

  #renderTyping() {
    const names = [...this.typers.keys()].map((userId) => this.app.displayName(this.roomId, userId));
    this.typingLine.textContent = names.length === 0 ? ''
      : names.length === 1 ? t('typing1', { a: names[0] })
        : names.length === 2 ? t('typing2', { a: names[0], b: names[1] }) : t('typingMany');
  }

  /** Names, roles and permissions changed: every message is drawn again. */
  refresh() {
    this.title.textContent = this.app.roomName(this.roomId);
    const readReports = this.app.permissions(this.roomId).readReports;
    this.reportsToggle.hidden = !readReports;
    if (this.panelShown === 'reports' && !readReports) this.#showPanel(null);
    else this.#renderPanel();
    for (const message of this.messages.values()) this.#put(message);
    this.#renderTyping();
  }

  setOnline(text) {
    this.online.textContent = text;
  }

  /** Moves the read marker to the newest message while the room is on screen. */
  markRead() {
    if (document.visibilityState !== 'visible' || this.app.view !== this || !this.messages.size) return;
    const newest = [...this.messages.keys()].reduce((a, b) => (compareMessageIds(a, b) >= 0 ? a : b));
    if (this.lastReadSent && compareMessageIds(newest, this.lastReadSent) <= 0) return;
    this.lastReadSent = newest;
    this.client.read(this.roomId, newest)
      .then((ack) => ack && this.app.rooms.setUnread(this.roomId, ack.unreadCount))
      .catch(() => { this.lastReadSent = null; });
  }

  showError(error) {
    this.error.textContent = describeError(error);
  }

  // --- sending -----------------------------------------------------------------------------------

  async #send() {
    const value = this.input.value.trim();
    if (!value) return;
    const messageType = this.type.value;
    const clientMessageId = newClientMessageId();
    const body = messageType === 'image' ? { messageType, imageUrl: value, clientMessageId }
      : { messageType, content: value, clientMessageId };
    if (this.replyTo) body.replyTo = this.replyTo.messageId;
    this.#replyTo(null);
    this.input.value = '';
    this.error.textContent = '';
    const item = h('li', { class: 'message mine pending' },
      h('div', { class: 'meta' }, h('span', { class: 'status' }, t('sending'))),
      h('p', { class: 'text' }, value));
    this.pending.set(clientMessageId, item);
    this.log.append(item);
    this.scroller.scrollTop = this.scroller.scrollHeight;
    try {
      await this.client.send(this.roomId, body);
    } catch (e) {
      item.remove();
      this.pending.delete(clientMessageId);
      if (!this.input.value) this.input.value = value;
      this.showError(e);
    }
  }

  async #react(message, kind, on) {
    try {
      await this.client.react(this.roomId, message.messageId, kind, on);
    } catch (e) {
      this.showError(e);
    }
  }

  // --- drawing messages ----------------------------------------------------------------------------

  /** Stores a message and draws it in id order, keeping the focus where it was. */
  #put(message) {
    this.messages.set(message.messageId, message);
    const old = this.items.get(message.messageId);
    if (old && (this.editing === message.messageId || this.reporting === message.messageId)) return;
    const item = this.#item(message);
    this.items.set(message.messageId, item);
    if (old) {
      const focusIndex = [...old.querySelectorAll('button')].indexOf(document.activeElement);
      old.replaceWith(item);
      if (focusIndex >= 0) item.querySelectorAll('button')[focusIndex]?.focus();
    } else {
      this.log.insertBefore(item, this.#successor(message.messageId));
    }
    this.#pagingState();
  }

  #forget(messageId) {
    const item = this.items.get(messageId);
    if (item?.contains(document.activeElement)) this.input.focus();
    item?.remove();
    this.items.delete(messageId);
    this.messages.delete(messageId);
    if (this.editing === messageId) this.editing = null;
    if (this.reporting === messageId) this.reporting = null;
  }

  /** The first drawn item after messageId (pending sends stay last). */
  #successor(messageId) {
    for (const child of this.log.children) {
      const id = child.dataset.messageId;
      if (!id || compareMessageIds(id, messageId) > 0) return child;
    }
    return null;
  }

  #nearBottom() {
    return this.scroller.scrollHeight - this.scroller.scrollTop - this.scroller.clientHeight < 80;
  }

  #item(message) {
    const mine = message.userId === this.app.me;
    const author = message.userId ? this.app.displayName(this.roomId, message.userId, message.displayName) : '';
    const created = new Date(message.createdAt);
    return h('li', { class: `message${mine ? ' mine' : ''}${message.userId ? '' : ' system'}`,
      'data-message-id': message.messageId },
    h('div', { class: 'meta' },
      author ? h('span', { class: 'author' }, author) : null,
      h('time', { datetime: message.createdAt, title: dateTimeFormat.format(created) }, timeFormat.format(created)),
      message.editedAt ? this.#editedMark(message) : null,
      this.pinned.has(message.messageId) ? h('span', { class: 'pinned' }, t('pinned')) : null),
    this.#quote(message),
    this.#body(message, author),
    message.replyCount ? h('button', { type: 'button', class: 'thread',
      onclick: () => this.#showThread(message) }, t(message.replyCount === 1 ? 'replies1' : 'repliesMany',
      { count: message.replyCount })) : null,
    message.userId ? this.#reactions(message) : null,
    this.#actions(message),
    this.#seen(message));
  }

  /** The start of the message a reply answers (threads), or that it was deleted. */
  #quote(message) {
    if (!message.replyTo) return null;
    const author = this.app.displayName(this.roomId, message.replyTo.userId, message.replyTo.userId);
    return h('blockquote', { class: 'reply-to' },
      h('span', { class: 'author' }, author), ' ',
      message.replyTo.excerpt ?? h('em', {}, t('parentDeleted')));
  }

  async #loadPins() {
    try {
      const { pins } = await this.app.api.pins(this.roomId);
      this.pins = pins;
      this.pinned = new Set(pins.map((pin) => pin.message.messageId));
      for (const pin of pins) if (this.messages.has(pin.message.messageId)) this.#put(this.messages.get(pin.message.messageId));
      this.#renderPanel();
    } catch {
      // Pins only mark messages; the history shows without them.
    }
  }

  // --- the Pinned and Reports panels (issue 18) ----------------------------------------------------

  /** Opens the panel name ('pins', 'reports') above the history, or closes it (null), moving the focus along. */
  #showPanel(name) {
    const closing = this.panelShown;
    this.panelShown = name;
    this.pinsToggle.setAttribute('aria-expanded', String(name === 'pins'));
    this.reportsToggle.setAttribute('aria-expanded', String(name === 'reports'));
    this.panel.hidden = !name;
    this.reports = null;
    this.#renderPanel();
    if (name === 'reports') this.#loadReports();
    if (name) this.panel.querySelector('h3')?.focus();
    else if (closing) (closing === 'pins' ? this.pinsToggle : this.reportsToggle).focus();
  }

  #renderPanel() {
    if (!this.panelShown) return;
    const pins = this.panelShown === 'pins';
    const focusKey = document.activeElement?.dataset?.focusKey;
    this.panel.replaceChildren(
      h('div', { class: 'pane-head' },
        h('h3', { id: `panel-heading-${this.roomId}`, tabindex: '-1' }, t(pins ? 'pinnedHeading' : 'reportsHeading')),
        pins ? null : h('button', { type: 'button', class: 'small', 'data-focus-key': 'refresh',
          onclick: () => this.#loadReports() }, t('refresh')),
        h('button', { type: 'button', class: 'small', 'data-focus-key': 'close',
          onclick: () => this.#showPanel(null) }, t('close'))),
      pins ? this.#pinList() : this.#reportList());
    if (focusKey) this.panel.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
  }

  #pinList() {
    if (!this.pins.length) return h('p', { class: 'hint' }, t('noPins'));
    return h('ul', { class: 'panel-list' }, this.pins.map(({ message, pinnedBy, pinnedAt }) => h('li', {},
      h('div', { class: 'meta' },
        h('span', { class: 'author' }, this.app.displayName(this.roomId, message.userId, message.displayName)),
        h('span', {}, t('pinnedBy', { name: this.app.displayName(this.roomId, pinnedBy) })),
        h('time', { datetime: pinnedAt }, dateTimeFormat.format(new Date(pinnedAt)))),
      h('p', { class: 'excerpt' }, excerpt(message)),
      this.#showButton(message.messageId, `pin-${message.messageId}`))));
  }

  async #loadReports() {
    try {
      const { reports } = await this.app.api.reports(this.roomId);
      this.reports = reports;
    } catch (e) {
      this.reports = [];
      this.showError(e);
    }
    this.#renderPanel();
  }

  #reportList() {
    if (!this.reports) return h('p', { class: 'hint', role: 'status' }, t('connecting'));
    if (!this.reports.length) return h('p', { class: 'hint' }, t('noReports'));
    return h('ul', { class: 'panel-list' }, this.reports.map((report) => {
      const message = this.messages.get(report.messageId);
      return h('li', {},
        h('p', { class: 'reason' }, report.reason),
        h('div', { class: 'meta' },
          h('span', {}, t('reportedBy', { name: this.app.displayName(this.roomId, report.reportedBy) })),
          h('time', { datetime: report.reportedAt }, dateTimeFormat.format(new Date(report.reportedAt)))),
        h('p', { class: 'excerpt' },
          h('span', { class: 'author' }, t('reportedMessage', { name: this.app.displayName(this.roomId, report.authorId) })),
          ' ', message ? excerpt(message) : h('em', {}, t('messageNotLoaded'))),
        this.#showButton(report.messageId, `report-${report.reportId}`));
    }));
  }

  #showButton(messageId, focusKey) {
    return h('button', { type: 'button', class: 'small', 'data-focus-key': focusKey,
      onclick: () => this.#jumpTo(messageId) }, t('showMessage'));
  }

  /** Scrolls to a message, loading older pages until it is there, and gives it the focus. */
  async #jumpTo(messageId) {
    for (let pages = 0; !this.items.has(messageId) && this.hasMore && pages < 20; pages++) {
      await this.loadOlder();
    }
    const item = this.items.get(messageId);
    if (!item) {
      this.status.textContent = t('messageGone');
      return;
    }
    if (this.panelShown === 'reports') this.#renderPanel();
    item.setAttribute('tabindex', '-1');
    item.classList.add('highlight');
    item.scrollIntoView({ block: 'center' });
    item.focus({ preventScroll: true });
    item.addEventListener('blur', () => item.classList.remove('highlight'), { once: true });
  }

  // --- reporting a message (issue 18) -------------------------------------------------------------

  /** Opens the report form in a message: a labelled reason and "Send report"; Escape or Cancel closes it. */
  #startReport(message) {
    const item = this.items.get(message.messageId);
    const actions = item?.querySelector('.actions');
    if (!actions) return;
    this.reporting = message.messageId;
    const reason = h('input', { autocomplete: 'off', required: true, maxlength: 500 });
    const problem = h('p', { class: 'error', role: 'alert' });
    const finish = (focusReport = true) => {
      this.reporting = null;
      const current = this.messages.get(message.messageId);
      if (current) this.#put(current);
      if (focusReport) find(this.items.get(message.messageId), t('report'))?.focus();
    };
    const form = h('form', { class: 'report', onsubmit: async (event) => {
      event.preventDefault();
      problem.textContent = '';
      try {
        await this.app.api.reportMessage(this.roomId, message.messageId, reason.value);
        this.status.textContent = t('reportSent');
        finish();
      } catch (e) {
        problem.textContent = describeError(e);
        reason.focus();
      }
    }, onkeydown: (event) => { if (event.key === 'Escape') finish(); } },
    field(t('reason'), reason),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t('sendReport')),
      h('button', { type: 'button', onclick: () => finish() }, t('cancel'))),
    problem);
    this.status.textContent = '';
    actions.replaceWith(form);
    reason.focus();
  }

  async #pin(message, on) {
    try {
      if (on) await this.app.api.pin(this.roomId, message.messageId);
      else await this.app.api.unpin(this.roomId, message.messageId);
    } catch (e) {
      this.showError(e);
    }
  }

  /** "(edited)"; for whom may read them (the author, admins) a button that shows the earlier versions. */
  #editedMark(message) {
    if (!this.app.permissions(this.roomId).viewEdits(message.userId)) return h('span', { class: 'edited' }, t('edited'));
    return h('button', { type: 'button', class: 'edited', title: t('showEdits'),
      onclick: () => this.#showEdits(message) }, t('edited'));
  }

  /** Shows a message's earlier versions below it, oldest first, with when each was written. */
  async #showEdits(message) {
    const item = this.items.get(message.messageId);
    if (!item) return;
    try {
      const history = await this.app.api.edits(this.roomId, message.messageId);
      item.querySelector('.edit-history')?.remove();
      item.append(h('ol', { class: 'edit-history', 'aria-label': t('showEdits') }, history.edits.map((edit) =>
        h('li', {}, h('time', { datetime: edit.writtenAt }, dateTimeFormat.format(new Date(edit.writtenAt))), ' ',
          edit.content ?? ''))));
    } catch (e) {
      this.showError(e);
    }
  }

  /** Shows the replies to a message below it, oldest first. */
  async #showThread(message) {
    const item = this.items.get(message.messageId);
    if (!item) return;
    try {
      const page = await this.app.api.replies(this.roomId, message.messageId, { limit: PAGE });
      item.querySelector('.thread-replies')?.remove();
      item.append(h('ol', { class: 'thread-replies', 'aria-label': t('thread') }, page.messages.map((reply) =>
        h('li', {}, h('span', { class: 'author' },
          this.app.displayName(this.roomId, reply.userId, reply.displayName)), ' ', reply.content ?? ''))));
    } catch (e) {
      this.showError(e);
    }
  }

  /** Starts (message) or ends (null) replying to a message in the composer. */
  #replyTo(message) {
    this.replyTo = message;
    if (!message) {
      this.replying.hidden = true;
      this.replying.replaceChildren();
      return;
    }
    const author = this.app.displayName(this.roomId, message.userId, message.displayName);
    this.replying.replaceChildren(t('replyingTo', { name: author }), ' ',
      h('button', { type: 'button', onclick: () => this.#replyTo(null) }, t('cancelReply')));
    this.replying.hidden = false;
    this.input.focus();
  }

  #body(message, author) {
    if (message.messageType === 'image' && /^https?:\/\//i.test(message.imageUrl ?? '')) {
      return h('div', { class: 'image' },
        h('a', { href: message.imageUrl, target: '_blank', rel: 'noopener noreferrer' },
          h('img', { src: message.imageUrl, alt: message.content || t('imageFrom', { name: author }),
            loading: 'lazy', referrerpolicy: 'no-referrer' })),
        message.content ? h('p', { class: 'text' }, message.content) : null);
    }
    return h('p', { class: message.messageType === 'emoji' ? 'emoji' : 'text' }, message.content ?? '');
  }

  #reactions(message) {
    const kinds = [...new Set([...this.app.reactionKinds, ...Object.keys(message.reactions ?? {})])];
    return h('div', { class: 'reactions', role: 'group', 'aria-label': t('reactions') }, kinds.map((kind) => {
      const count = message.reactions?.[kind] ?? 0;
      const on = (message.myReactions ?? []).includes(kind);
      return h('button', { type: 'button', class: `reaction${count ? ' used' : ''}`, 'aria-label': kind,
        'aria-pressed': String(on), title: `${kind} (${count})`,
        onclick: () => this.#react(message, kind, !on) },
      h('span', { 'aria-hidden': 'true' }, EMOJI[kind] ?? kind),
      count ? h('span', { class: 'count', 'aria-hidden': 'true' }, count) : null);
    }));
  }

  #actions(message) {
    const mine = message.userId === this.app.me;
    const mayDelete = this.app.permissions(this.roomId).deleteMessage(message.userId);
    if (!message.userId) return null;
    const actions = h('div', { class: 'actions' });
    const pinned = this.pinned.has(message.messageId);
    const draw = () => fill(actions,
      h('button', { type: 'button', onclick: () => this.#replyTo(message) }, t('reply')),
      this.app.permissions(this.roomId).pin
        ? h('button', { type: 'button', onclick: () => this.#pin(message, !pinned) }, t(pinned ? 'unpin' : 'pin')) : null,
      this.app.permissions(this.roomId).report(message.userId)
        ? h('button', { type: 'button', onclick: () => this.#startReport(message) }, t('report')) : null,
      mine && message.messageType === 'text'
        ? h('button', { type: 'button', onclick: () => this.#startEdit(message) }, t('edit')) : null,
      mayDelete ? h('button', { type: 'button', onclick: () => confirm() }, t('delete')) : null);
    const confirm = () => {
      const yes = h('button', { type: 'button', class: 'danger', onclick: async () => {
        try {
          await this.client.remove(this.roomId, message.messageId);
        } catch (e) {
          this.showError(e);
          draw();
        }
      } }, t('confirmDelete'));
      actions.replaceChildren(yes, h('button', { type: 'button', onclick: () => {
        draw();
        actions.querySelector('button:last-child')?.focus();
      } }, t('cancel')));
      yes.focus();
    };
    draw();
    return actions;
  }

  #startEdit(message) {
    const item = this.items.get(message.messageId);
    const body = item?.querySelector('.text');
    if (!body) return;
    this.editing = message.messageId;
    const text = h('textarea', { rows: 2, 'aria-label': t('editMessage'), value: message.content });
    const finish = () => {
      this.editing = null;
      const current = this.messages.get(message.messageId);
      if (current) this.#put(current);
      this.items.get(message.messageId)?.querySelector('.actions button')?.focus();
    };
    const form = h('form', { class: 'edit', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await this.client.edit(this.roomId, message.messageId, text.value);
        const current = this.messages.get(message.messageId);
        if (current) this.messages.set(message.messageId, { ...current, content: text.value.trim() });
        finish();
      } catch (e) {
        this.showError(e);
      }
    }, onkeydown: (event) => {
      if (event.key === 'Escape') finish();
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    } },
    text,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary' }, t('save')),
      h('button', { type: 'button', onclick: finish }, t('cancel'))));
    body.replaceWith(form);
    text.focus();
    text.select();
  }

  #seen(message) {
    const names = (this.seenAt.get(message.messageId) ?? []).map((userId) => this.app.displayName(this.roomId, userId));
    return names.length ? h('p', { class: 'seen' }, t('seenBy', { names: names.join(', ') })) : null;
  }
}

/** The start of a message, for the Pinned and Reports panels. */
function excerpt(message) {
  const text = message.content || message.imageUrl || '';
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/** The button named name in element. */
function find(element, name) {
  return [...(element?.querySelectorAll('button') ?? [])].find((button) => button.textContent === name);
}
