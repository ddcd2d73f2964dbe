import { Cache, getAll, getJson, STATUSES, type ClaimSummary, type Explanation } from './api.js';
import { clear, externalLink, h } from './dom.js';
import { navigate, type State } from './state.js';

/**
 * The claim board: fused claims in one column per status, as the API gives them for the filters (side,
 * claimant, region of the incidents they assert, window of first report, as-of day); the text filter narrows
 * within that. A card opens the
 * claim's status history with the sentence behind each change.
 */

const CARDS_PER_COLUMN = 150;
const LABEL: Record<string, string> = { unverified: 'Unverified', corroborated: 'Corroborated', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied' };
const SIDES = ['UA', 'RU', 'neutral'];

export const claimQuery = (st: State) => ({ view: 'summary', as_of: st.asOf, side: st.side, claimant: st.claimant, region: st.region, since: st.since, until: st.until });

export class Board {
  readonly el: HTMLElement;
  private columns: HTMLElement;
  private detail: HTMLElement;
  private status: HTMLElement;
  private side: HTMLSelectElement;
  private claimant: HTMLInputElement;
  private text: HTMLInputElement;
  private region: HTMLInputElement;
  private claims = new Cache<ClaimSummary[]>(8);
  private explains = new Cache<Explanation>(50);
  private shown = '';
  private detailKey = '';

  constructor() {
    this.side = h('select', { id: 'f-side', name: 'side' }, h('option', { value: '' }, 'any side'), ...SIDES.map((x) => h('option', { value: x }, x)));
    this.claimant = h('input', { id: 'f-claimant', name: 'claimant', type: 'search', placeholder: 'name or actor id', autocomplete: 'off' });
    this.text = h('input', { id: 'f-text', name: 'text', type: 'search', placeholder: 'words in the claim', autocomplete: 'off' });
    this.region = h('input', { id: 'f-region', name: 'region', type: 'search', placeholder: 'e.g. Kharkiv', autocomplete: 'off' });
    this.side.addEventListener('change', () => navigate({ side: this.side.value || undefined, claim: undefined }));
    let timer = 0;
    const typed = (key: 'claimant' | 'text' | 'region', input: HTMLInputElement) => input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => navigate({ [key]: input.value.trim() || undefined }, { replace: true }), 250);
    });
    typed('claimant', this.claimant);
    typed('text', this.text);
    typed('region', this.region);
    this.status = h('p', { class: 'board-status', 'aria-live': 'polite' });
    this.columns = h('div', { class: 'columns' });
    this.detail = h('aside', { class: 'claim-detail panel', 'aria-label': 'Claim', hidden: true });
    this.el = h('div', { class: 'board' },
      h('form', { class: 'filters', role: 'search', 'aria-label': 'Claim filters', onsubmit: (e: Event) => e.preventDefault() },
        h('label', { for: 'f-side' }, 'Side'), this.side,
        h('label', { for: 'f-claimant' }, 'Claimant'), this.claimant,
        h('label', { for: 'f-text' }, 'Text'), this.text,
        h('label', { for: 'f-region' }, 'Region'), this.region),
      this.status,
      h('div', { class: 'board-body' }, this.columns, this.detail));
  }

  async update(st: State): Promise<void> {
    this.side.value = st.side ?? '';
    if (document.activeElement !== this.claimant) this.claimant.value = st.claimant ?? '';
    if (document.activeElement !== this.text) this.text.value = st.text ?? '';
    if (document.activeElement !== this.region) this.region.value = st.region ?? '';
    void this.updateDetail(st);
    const q = claimQuery(st);
    const key = JSON.stringify([q, st.text ?? '']);
    if (key === this.shown) return;
    this.shown = key;
    this.status.textContent = 'Loading claims…';
    let all: ClaimSummary[];
    try {
      all = await this.claims.get(JSON.stringify(q), () => getAll<ClaimSummary>('/api/claims', q, (soFar) => {
        if (key === this.shown) this.status.textContent = `Loading claims… ${soFar.length} so far.`;
      }));
    } catch (e) { this.status.textContent = `Claims could not be loaded: ${(e as Error).message}`; return; }
    if (key !== this.shown) return;
    const words = (st.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    // The text narrows the API's list here (the claims endpoint has no text filter).
    const shown = all.filter((c) => words.every((w) => `${c.text} ${c.claimant.name}`.toLowerCase().includes(w)));
    const about = st.region ? ` about incidents in “${st.region}”` : '';
    const matching = words.length ? ` matching “${st.text}” (of ${all.length})` : '';
    this.status.textContent = `${shown.length} claim${shown.length === 1 ? '' : 's'}${st.asOf ? ` as of ${st.asOf}` : ''}${about}${matching}.`;
    clear(this.columns, ...STATUSES.map((status) => {
      const list = shown.filter((c) => c.status === status);
      return h('section', { class: `column status-${status}`, 'data-status': status, 'aria-label': `${LABEL[status]}: ${list.length}` },
        h('h3', {}, LABEL[status], ' ', h('span', { class: 'count' }, list.length)),
        h('ul', { class: 'cards' }, ...list.slice(0, CARDS_PER_COLUMN).map((c) => this.card(c, st))),
        list.length > CARDS_PER_COLUMN ? h('p', { class: 'more' }, `${list.length - CARDS_PER_COLUMN} more: narrow the filters to see them.`) : null);
    }));
  }

  private card(c: ClaimSummary, st: State): HTMLElement {
    return h('li', {},
      h('button', { type: 'button', class: `card${c.id === st.claim ? ' selected' : ''}`, 'data-id': c.id, 'aria-pressed': c.id === st.claim ? 'true' : 'false', onclick: () => navigate({ claim: c.id }) },
        h('span', { class: 'claimant' }, c.claimant.name, c.claimant.side ? h('span', { class: 'side' }, c.claimant.side) : null),
        h('span', { class: 'text' }, c.text),
        h('span', { class: 'meta' }, `first ${c.firstReported ?? 'undated'}${c.lastReported && c.lastReported !== c.firstReported ? ` · last ${c.lastReported}` : ''} · ${c.sourceCount} source${c.sourceCount === 1 ? '' : 's'}`)));
  }

  private async updateDetail(st: State): Promise<void> {
    const key = `${st.claim ?? ''}|${st.asOf ?? ''}`;
    if (key === this.detailKey) return;
    this.detailKey = key;
    if (!st.claim) { this.detail.hidden = true; return; }
    this.detail.hidden = false;
    clear(this.detail, h('p', {}, 'Loading…'));
    let x: Explanation;
    try {
      x = await this.explains.get(key, () => getJson<Explanation>(`/api/claims/${encodeURIComponent(st.claim!)}/explain`, { as_of: st.asOf }));
    } catch (e) { clear(this.detail, h('p', { class: 'error' }, (e as Error).message)); return; }
    if (key !== this.detailKey) return;
    const claim = await getJson<{ text: string; claimant: { name: string; side: string | null } }>(`/api/claims/${encodeURIComponent(st.claim)}`, { as_of: st.asOf }).catch(() => null);
    if (key !== this.detailKey) return;
    clear(this.detail,
      h('div', { class: 'panel-head' },
        h('h2', { id: 'claim-title' }, `Claim: ${LABEL[x.status]}`),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close the claim', onclick: () => navigate({ claim: undefined }) }, '×')),
      claim ? h('blockquote', {}, claim.text) : null,
      claim ? h('p', {}, `Claimant: ${claim.claimant.name}${claim.claimant.side ? ` (${claim.claimant.side})` : ''}`) : null,
      h('ul', { class: 'explain' }, ...x.lines.map((l) => h('li', {}, l))),
      h('h3', {}, 'Status history'),
      h('ol', { class: 'history' }, ...x.statusHistory.map((t) => h('li', { 'data-status': t.status },
        h('strong', {}, `${t.date ?? 'undated'}: ${LABEL[t.status]}`),
        h('ul', {}, ...t.because.map((i) => x.evidence[i]).filter(Boolean).map((ev) => h('li', { class: 'cited' },
          h('q', {}, ev.text),
          h('span', { class: 'meta' }, ` ${ev.kind} · ${ev.whoName} · ${ev.outlet ?? 'unknown outlet'} ${ev.date ?? ''} `),
          h('a', { href: `#view=doc&doc=${encodeURIComponent(ev.docId)}&hl=${ev.start}-${ev.end}&from=${encodeURIComponent(x.id)}` }, 'in the document'), ' ',
          externalLink(ev.url, 'original'))))))),
    );
  }
}
