import type { FusedClaim, FusedEvent } from './fuse.js';
import { statusAsOf, type Evidence, type FusedStatus } from './status.js';

const VERB: Record<Evidence['kind'], string> = {
  assert: 'claimed it',
  echo: 'repeated it',
  corroborate: 'independently reported it',
  confirm: 'acknowledged it (the opposing side)',
  deny: 'denied it',
  dispute: 'disputed it',
  'could-not-verify': 'said it could not verify it',
  'not-corroborated': 'had not corroborated or acknowledged it',
};

const MEANING: Record<FusedStatus, string> = {
  unverified: 'only the claimant’s side and media repeating it support it',
  corroborated: 'a source independent of both sides reports it',
  confirmed: 'the opposing side acknowledges it',
  disputed: 'parties give conflicting accounts of it',
  denied: 'the opposing side rejects it and no independent source supports it',
};

/** The claim as it stood at the end of a day: evidence up to then, status from the history. */
export function claimAsOf(c: FusedClaim, asOf: string): FusedClaim | null {
  if (c.firstReported && c.firstReported > asOf) return null;
  // Later evidence is dropped; the history's indices are renumbered to point into what is left.
  const renumber = new Map<number, number>();
  const evidence = c.evidence.filter((e, i) => { const keep = !e.date || e.date <= asOf; if (keep) renumber.set(i, renumber.size); return keep; });
  const status = statusAsOf(c.statusHistory, asOf) ?? 'unverified';
  const statusHistory = c.statusHistory
    .filter((h) => !h.date || h.date <= asOf)
    .map((h) => ({ ...h, because: h.because.filter((i) => renumber.has(i)).map((i) => renumber.get(i)!) }));
  return { ...c, evidence, status, statusHistory, reports: c.reports.filter((r) => !r.published || r.published <= asOf) };
}

/** A fused claim's status in plain sentences, citing the exact sentences and outlets behind each change. */
export function explainClaim(c: FusedClaim): string[] {
  const lines: string[] = [];
  lines.push(`${c.claimant.name}${c.claimant.side ? ` (${c.claimant.side})` : ''} claimed: “${c.text}”`);
  lines.push(`Status: ${c.status} — ${MEANING[c.status]}.`);
  for (const h of c.statusHistory) {
    const why = h.because.map((i) => c.evidence[i]).filter((e) => e.kind !== 'echo');
    const who = why.map((e) => `${e.whoName}${e.outlet && e.outlet !== e.whoName ? ` (in ${e.outlet})` : ''} ${VERB[e.kind]}: “${e.text}”`).join('; ');
    lines.push(`${h.date ?? 'undated'}: ${h.status}${who ? `, because ${who}` : ''}.`);
  }
  const echoes = c.evidence.filter((e) => e.kind === 'echo');
  if (echoes.length) lines.push(`Repeated without independent support by: ${[...new Set(echoes.map((e) => e.outlet ?? e.whoName))].join(', ')} (echo is not corroboration).`);
  lines.push(`Reports: ${c.reports.length} from ${new Set(c.reports.map((r) => r.copyGroup)).size} distinct stories.`);
  return lines;
}

export function describeEvent(e: FusedEvent): string[] {
  const when = e.date ? (e.date.start === e.date.end ? e.date.start : `${e.date.start} to ${e.date.end}`) : 'undated';
  const where = e.place ? `${e.place.name}${e.place.admin1 && e.place.admin1 !== e.place.name ? `, ${e.place.admin1}` : ''}${e.place.country ? ` (${e.place.country})` : ''}` : 'unknown place';
  const lines = [`${e.type}${e.subtype ? `/${e.subtype}` : ''} in ${where}, ${when}; ${e.reports.length} reports from ${e.sourceCount} independent sources.`];
  for (const [label, c] of [['killed', e.killed], ['injured', e.injured]] as const) {
    if (!c) continue;
    lines.push(`${label}: low ${c.low ?? '?'}, best ${c.best ?? '?'}, high ${c.high ?? '?'} — ${c.bySource.map((s) => `${s.min ?? `≤${s.max}`} (${s.source.replace(/^\w+:/, '')}, ${s.published ?? 'undated'})`).join('; ')}`);
  }
  for (const r of e.reports) lines.push(`  ${r.published ?? 'undated'} ${r.outlet ?? r.source}: “${r.quote}” ${r.url ?? r.documentId}`);
  return lines;
}
