// The sign-in page: a user id and a nickname on the embedded default (a dev token), or a pasted token.
import { DoranApi } from './doran-client.js';
import { h, field } from './dom.js';
import { t, describeError } from './i18n.js';

/**
 * Shows the sign-in page in root; calls signedIn({token, userId?, nickname?, dev}) with what the user gave.
 * message: an error to show first (e.g. why the last session ended).
 */
export async function showSignIn(root, signedIn, message) {
  const error = h('p', { class: 'error', role: 'alert' }, message ?? '');
  const devTokens = await DoranApi.devTokensAvailable();

  const userId = h('input', { name: 'userId', autocomplete: 'username', required: true, maxlength: 128 });
  const nickname = h('input', { name: 'nickname', autocomplete: 'nickname', maxlength: 50 });
  const devForm = h('form', { class: 'card', onsubmit: async (event) => {
    event.preventDefault();
    error.textContent = '';
    const id = userId.value.trim();
    const name = nickname.value.trim() || id;
    try {
      const token = await DoranApi.devToken(id, name);
      signedIn({ token, userId: id, nickname: name, dev: true });
    } catch (e) {
      error.textContent = describeError(e);
    }
  } },
  h('p', { class: 'hint' }, t('devHint')),
  field(t('userId'), userId),
  field(t('nickname'), nickname),
  h('button', { type: 'submit', class: 'primary' }, t('signIn')));

  const token = h('textarea', { name: 'token', rows: 3, required: true, spellcheck: 'false' });
  const tokenForm = h('form', { class: 'card', onsubmit: async (event) => {
    event.preventDefault();
    error.textContent = '';
    const value = token.value.trim();
    try {
      await new DoranApi({ token: value }).rooms();
      signedIn({ token: value, dev: false });
    } catch (e) {
      error.textContent = describeError(e);
    }
  } },
  field(t('token'), token, t('tokenHint')),
  h('button', { type: 'submit' }, t('useToken')));

  root.replaceChildren(h('main', { class: 'sign-in' },
    h('h1', {}, t('appName')),
    h('p', {}, t('tagline')),
    error,
    devTokens ? devForm : null,
    devTokens ? h('details', {}, h('summary', {}, t('tokenHeading')), tokenForm)
      : [h('h2', {}, t('tokenHeading')), tokenForm]));
  (devTokens ? userId : token).focus();
}
