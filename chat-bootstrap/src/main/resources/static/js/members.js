// The members of the open room (presence and roles) and the room's management, offered only where the
// permission table allows it.
import { h, field, fill } from './dom.js';
import { t, describeError } from './i18n.js';

const ROLES = ['admin', 'sub-admin', 'member'];
/** How long the Mute button mutes. */
const MUTE_MINUTES = 10;

export class Members {
  constructor(app) {
    this.app = app;
    this.roomId = null;
    this.error = h('p', { class: 'error', role: 'alert' });
    this.element = h('aside', { id: 'members', class: 'members-pane', 'aria-labelledby': 'members-heading',
      onkeydown: (event) => { if (event.key === 'Escape' && app.layout.classList.contains('members-open')) app.toggleMembers(); } });
  }

  show(roomId) {
    this.roomId = roomId;
    this.error.textContent = '';
    this.render();
  }

  render() {
    const detail = this.roomId && this.app.details.get(this.roomId);
    if (!detail) {
      this.element.replaceChildren();
      return;
    }
    const focusedKey = document.activeElement?.dataset?.focusKey;
    const may = this.app.permissions(this.roomId);
    const participants = [...detail.participants].sort((a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.displayName.localeCompare(b.displayName));
    fill(this.element,
      h('div', { class: 'pane-head' },
        h('h2', { id: 'members-heading', tabindex: '-1' }, t('members')),
        h('button', { type: 'button', class: 'small close-members', onclick: () => this.app.toggleMembers() },
          t('close'))),
      h('ul', { class: 'member-list' }, participants.map((p) => this.#member(p, may))),
      may.addParticipant ? this.#addForm() : null,
      h('h3', {}, t('roomSettings')),
      may.rename ? this.#renameForm(detail) : null,
      this.#displayNameForm(detail),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', 'data-focus-key': 'leave', onclick: () => this.#leave() }, t('leaveRoom')),
        may.deleteRoom ? this.#deleteButton() : null),
      this.error);
    if (focusedKey) this.element.querySelector(`[data-focus-key="${CSS.escape(focusedKey)}"]`)?.focus();
  }

  #member(participant, may) {
    const me = participant.userId === this.app.me;
    const online = this.app.presence.get(participant.userId) ?? false;
    const name = participant.displayName || participant.userId;
    return h('li', { class: 'member' },
      h('span', { class: `presence ${online ? 'on' : 'off'}`, 'aria-hidden': 'true' }),
      h('span', { class: 'member-name' }, name, me ? ` (${t('you')})` : null),
      h('span', { class: 'member-state' }, online ? t('online') : t('offline')),
      may.changeRole && !me ? this.#roleSelect(participant, name)
        : h('span', { class: `role role-${participant.role}` }, t(`role_${participant.role}`)),
      !me && may.remove(participant) ? h('button', { type: 'button', class: 'small',
        'aria-label': t('removeNamed', { name }), 'data-focus-key': `remove-${participant.userId}`,
        onclick: () => this.#call(() => this.app.api.removeParticipant(this.roomId, participant.userId)) },
      t('remove')) : null,
      !me && may.discipline(participant) ? this.#disciplineButtons(participant, name) : null);
  }

  /** Mute for ten minutes, or ban for good (issue 18), as the permission table allows. */
  #disciplineButtons(participant, name) {
    return [
      h('button', { type: 'button', class: 'small', 'aria-label': t('muteNamed', { name }),
        'data-focus-key': `mute-${participant.userId}`,
        onclick: () => this.#call(() => this.app.api.muteUser(this.roomId, participant.userId, MUTE_MINUTES)) },
      t('mute')),
      h('button', { type: 'button', class: 'small danger', 'aria-label': t('banNamed', { name }),
        'data-focus-key': `ban-${participant.userId}`,
        onclick: () => this.#call(() => this.app.api.banUser(this.roomId, participant.userId)) },
      t('ban'))];
  }

  #roleSelect(participant, name) {
    return h('select', { 'aria-label': t('roleFor', { name }), 'data-focus-key': `role-${participant.userId}`,
      onchange: (event) => this.#call(() =>
        this.app.api.updateParticipant(this.roomId, participant.userId, { role: event.target.value })) },
    ROLES.map((role) => h('option', { value: role, selected: role === participant.role }, t(`role_${role}`))));
  }

  #addForm() {
    const userId = h('input', { autocomplete: 'off', required: true, maxlength: 128, 'data-focus-key': 'add' });
    return h('form', { class: 'inline', onsubmit: (event) => {
      event.preventDefault();
      this.#call(() => this.app.api.addParticipant(this.roomId, userId.value.trim()));
    } }, field(t('addParticipant'), userId), h('button', { type: 'submit' }, t('add')));
  }

  #renameForm(detail) {
    const name = h('input', { value: detail.name, required: true, maxlength: 100, 'data-focus-key': 'rename' });
    return h('form', { class: 'inline', onsubmit: (event) => {
      event.preventDefault();
      this.#call(() => this.app.api.renameRoom(this.roomId, name.value.trim()));
    } }, field(t('newName'), name), h('button', { type: 'submit' }, t('rename')));
  }

  #displayNameForm(detail) {
    const mine = detail.participants.find((p) => p.userId === this.app.me);
    const name = h('input', { value: mine?.displayName ?? '', maxlength: 50, 'data-focus-key': 'display-name' });
    return h('form', { class: 'inline', onsubmit: (event) => {
      event.preventDefault();
      this.#call(() => this.app.api.updateParticipant(this.roomId, this.app.me, { displayName: name.value.trim() }));
    } }, field(t('myDisplayName'), name), h('button', { type: 'submit' }, t('saveName')));
  }

  #deleteButton() {
    const button = h('button', { type: 'button', class: 'danger', 'data-focus-key': 'delete', onclick: () => {
      const roomId = this.roomId;
      const confirm = h('button', { type: 'button', class: 'danger', onclick: async () => {
        if (await this.#call(() => this.app.api.deleteRoom(roomId))) this.app.roomGone(roomId);
      } }, t('confirmDeleteRoom'));
      button.replaceWith(confirm);
      confirm.focus();
    } }, t('deleteRoom'));
    return button;
  }

  async #leave() {
    const roomId = this.roomId;
    try {
      await this.app.api.removeParticipant(roomId, this.app.me);
      this.app.roomGone(roomId);
    } catch (e) {
      this.error.textContent = describeError(e);
    }
  }

  /** A management call; the room it answers (or the room read again) becomes the room's detail. */
  async #call(action) {
    this.error.textContent = '';
    const roomId = this.roomId;
    try {
      const room = await action();
      if (room?.participants) this.app.setDetail(roomId, room);
      else this.app.loadDetail(roomId);
      return true;
    } catch (e) {
      this.error.textContent = describeError(e);
      this.render();
      return false;
    }
  }
}
