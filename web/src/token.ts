import { h } from './dom.js';

/**
 * The bearer token of a server run with `--private` (SITREP_TOKEN): asked for once when the API first answers
 * 401, kept for this tab only (sessionStorage, so closing the tab forgets it), and sent with every API request.
 * Every request that meets a 401 waits on the same question.
 */

const KEY = 'sitrep-token';
let asking: Promise<string> | null = null;

export function savedToken(): string | null {
  try { return sessionStorage.getItem(KEY); } catch { return null; }
}

/** Asks for a token (again, when `rejected` says the last one was refused); resolves when one is given. */
export function askToken(rejected: boolean): Promise<string> {
  asking ??= new Promise<string>((resolve) => {
    const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'current-password', required: true });
    const form = h('form', { class: 'token-form', 'aria-label': 'Access token' },
      h('p', {}, rejected ? 'That token was refused. ' : '', 'This server needs its access token (SITREP_TOKEN) for every request.'),
      h('label', { for: 'token' }, 'Token '), input, ' ', h('button', { type: 'submit' }, 'Use it'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      try { sessionStorage.setItem(KEY, token); } catch { /* private mode: kept in memory by the caller's retry only */ }
      form.remove();
      asking = null;
      resolve(token);
    });
    document.body.prepend(form);
    input.focus();
  });
  return asking;
}
