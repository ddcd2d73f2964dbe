// Pairwise event coreference on the labelled fixture test/fixtures/coref/ (reports.jsonl + labels.json).
// Runs the real pipeline from dist/ (read → build → analyse → fuse) and compares which reports the
// fusion puts in one incident with the gold incident ids. Needs a build and the place index:
//   npx tsc -p tsconfig.json && node bin/sitrep.js gazetteer build
//   node bench/coref.mjs [--json]
// The scoring below is pure and exported: test/fuse/coreference.test.ts runs the same computation on src/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const COREF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'coref');
export const REPORTS = join(COREF_DIR, 'reports.jsonl');

export function loadLabels(dir = COREF_DIR) {
  return JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
}

/** The fixture's report id of a document: its article id, else its URL. */
export const reportIdOf = (doc) => doc.externalId ?? doc.url;

/** Reads, builds and analyses every report of the fixture with the given pipeline functions (src/ or dist/). */
export async function analyseFixture({ readSource, buildDocument, analyse }, path = REPORTS) {
  const analyses = [];
  for await (const item of readSource(path)) {
    if (!item.ok) throw new Error(`${item.origin}: ${item.reason}`);
    analyses.push(analyse(buildDocument(item.article)));
  }
  return analyses;
}

const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const ratio = (n, d) => (d === 0 ? 1 : n / d);
const placeOf = (p) => (p ? `${p.name} (${p.kind}${p.admin1 ? `, ${p.admin1}` : ''}${p.country ? `, ${p.country}` : ''})` : 'no place');
const dateOf = (d) => (d ? (d.start === d.end ? d.start : `${d.start}..${d.end}`) : 'no date');

/**
 * Pairwise coreference over report pairs. Predicted-same: some fused event of scope 'incident' holds an
 * event of both documents. Gold-same: both reports carry the same non-null incident id.
 */
export function scoreCoreference(analyses, fused, labels) {
  const gold = labels.reports;
  const rid = new Map(); // document id → report id
  for (const a of analyses) {
    const r = reportIdOf(a.document);
    if (!(r in gold)) throw new Error(`report ${r} has no entry in labels.json`);
    rid.set(a.document.id, r);
  }
  const ids = [...rid.values()].sort();
  const missing = Object.keys(gold).filter((r) => !ids.includes(r));
  if (missing.length) throw new Error(`labelled reports not in the fixture: ${missing.join(', ')}`);

  // Which fused incidents each report's events ended in, and what each report said there.
  const incidentEvents = fused.events.filter((e) => e.scope === 'incident');
  const predicted = new Map(); // pair → fused events that join it
  const docsOf = new Map(); // fused id → report ids
  for (const e of incidentEvents) {
    const docs = [...new Set(e.reports.map((r) => rid.get(r.documentId)))].sort();
    docsOf.set(e.id, docs);
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) {
      const k = pairKey(docs[i], docs[j]);
      let l = predicted.get(k); if (!l) predicted.set(k, (l = [])); l.push(e);
    }
  }
  const eventsOfDoc = new Map(ids.map((r) => [r, []]));
  // Fused reports name a document and a quote, not an event index: two events of one sentence share their fused ids here.
  const fusedOf = new Map(); // "docId:start:end" → fused ids
  for (const e of fused.events) for (const r of e.reports) {
    const k = `${r.documentId}:${r.start}:${r.end}`;
    const l = fusedOf.get(k) ?? [];
    if (!l.includes(e.id)) l.push(e.id);
    fusedOf.set(k, l);
  }
  for (const a of analyses) for (const ev of a.events) {
    eventsOfDoc.get(rid.get(a.document.id)).push({ ...ev, fusedIds: fusedOf.get(`${a.document.id}:${ev.quote.start}:${ev.quote.end}`) ?? [] });
  }

  let tp = 0, fp = 0, fn = 0, tn = 0;
  const fpPairs = [];
  const fnPairs = [];
  const quoteIn = (e, r) => e.reports.find((x) => rid.get(x.documentId) === r)?.quote ?? '';
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
    const a = ids[i];
    const b = ids[j];
    const same = gold[a] != null && gold[a] === gold[b];
    const via = predicted.get(pairKey(a, b));
    if (same && via) tp++;
    else if (!same && via) {
      fp++;
      fpPairs.push({ a, b, goldA: gold[a], goldB: gold[b], events: via.map((e) => ({ id: e.id, type: e.type, place: placeOf(e.place), date: dateOf(e.date), quoteA: quoteIn(e, a), quoteB: quoteIn(e, b) })) });
    } else if (same && !via) {
      fn++;
      const brief = (r) => eventsOfDoc.get(r).map((e) => ({ fusedIds: e.fusedIds, scope: e.scope, type: e.type, place: placeOf(e.place), date: dateOf(e.date), actor: e.actor, quote: e.quote.text }));
      fnPairs.push({ a, b, gold: gold[a], eventsA: brief(a), eventsB: brief(b) });
    } else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  // Incident level: is each gold incident one fused incident, whole, and with nothing else in it?
  const incidentIds = [...new Set(Object.values(gold).filter((x) => x != null))].sort();
  const incidents = incidentIds.map((inc) => {
    const members = ids.filter((r) => gold[r] === inc);
    const covering = incidentEvents.filter((e) => docsOf.get(e.id).some((d) => members.includes(d)));
    const whole = covering.filter((e) => members.every((m) => docsOf.get(e.id).includes(m)));
    const exact = whole.filter((e) => docsOf.get(e.id).length === members.length);
    // The largest share of the incident's reports that one fused incident holds.
    const best = covering.reduce((n, e) => Math.max(n, docsOf.get(e.id).filter((d) => members.includes(d)).length), 0);
    const intruders = [...new Set(covering.filter((e) => docsOf.get(e.id).filter((d) => members.includes(d)).length === best)
      .flatMap((e) => docsOf.get(e.id).filter((d) => !members.includes(d))))].sort();
    const unmatched = members.filter((m) => !eventsOfDoc.get(m).some((e) => e.scope === 'incident'));
    return { incident: inc, reports: members, whole: whole.length > 0, exact: exact.length > 0, best, intruders, unmatched };
  });
  const wholeCount = incidents.filter((x) => x.whole).length;
  const exactCount = incidents.filter((x) => x.exact).length;
  // Documents labelled null: do they sit in any fused incident with another report?
  // Wrong merges: fused incidents whose reports belong to more than one gold incident (or to none).
  const wrongMerges = incidentEvents
    .map((e) => ({ id: e.id, type: e.type, place: placeOf(e.place), date: dateOf(e.date), reports: docsOf.get(e.id), gold: [...new Set(docsOf.get(e.id).map((d) => gold[d] ?? `null:${d}`))].sort() }))
    .filter((m) => m.reports.length > 1 && m.gold.length > 1);
  const nulls = ids.filter((r) => gold[r] == null).map((r) => ({ report: r, joined: [...new Set([...predicted.keys()].filter((k) => k.split('|').includes(r)).map((k) => k.split('|').find((x) => x !== r)))].sort() }));

  return {
    reports: ids.length,
    pairs: { total: (ids.length * (ids.length - 1)) / 2, goldSame: tp + fn, predictedSame: tp + fp, tp, fp, fn, tn },
    precision, recall, f1,
    incidents, wholeCount, exactCount, incidentCount: incidents.length,
    nulls, wrongMerges, fpPairs, fnPairs,
  };
}

const pct = (x) => x.toFixed(3);
const cut = (s, n = 220) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

/** The human-readable report. */
export function formatReport(s) {
  const out = [];
  out.push(`event coreference on ${s.reports} reports, ${s.incidentCount} incidents (${s.pairs.total} report pairs, ${s.pairs.goldSame} gold-same)`);
  out.push(`pairwise: precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.pairs.tp}, fp ${s.pairs.fp}, fn ${s.pairs.fn})`);
  out.push(`incidents: ${s.wholeCount}/${s.incidentCount} recovered whole (all reports in one fused incident), ${s.exactCount}/${s.incidentCount} exactly (whole and nothing else)`);
  out.push('');
  out.push('per incident (best = most of its reports in one fused incident):');
  for (const x of s.incidents) {
    const flag = x.exact ? 'exact ' : x.whole ? 'whole+' : 'split ';
    out.push(`  ${flag} ${x.incident.padEnd(26)} ${x.best}/${x.reports.length}${x.intruders.length ? `  with ${x.intruders.join(',')}` : ''}${x.unmatched.length ? `  no incident event: ${x.unmatched.join(',')}` : ''}`);
  }
  for (const n of s.nulls) out.push(`  null   ${n.report.padEnd(26)} ${n.joined.length ? `joined with ${n.joined.join(',')}` : 'joins nothing (right)'}`);
  out.push('');
  out.push(`wrong merges (${s.wrongMerges.length}): fused incidents that mix gold incidents (each yields the false-positive pairs below)`);
  for (const m of s.wrongMerges) out.push(`  ${m.id} ${m.type} @ ${m.place} on ${m.date}: ${m.gold.join(' + ')}  [${m.reports.join(',')}]`);
  out.push('');
  out.push(`false positives (${s.fpPairs.length}): reports of different incidents in one fused incident`);
  for (const p of s.fpPairs) {
    out.push(`  ${p.a} [${p.goldA ?? 'null'}]  ×  ${p.b} [${p.goldB ?? 'null'}]`);
    for (const e of p.events) {
      out.push(`     via ${e.id} ${e.type} @ ${e.place} on ${e.date}`);
      out.push(`       ${p.a}: "${cut(e.quoteA)}"`);
      out.push(`       ${p.b}: "${cut(e.quoteB)}"`);
    }
  }
  out.push('');
  out.push(`false negatives (${s.fnPairs.length}): reports of one incident never in the same fused incident`);
  for (const p of s.fnPairs) {
    out.push(`  ${p.a} × ${p.b} [${p.gold}]`);
    for (const [r, evs] of [[p.a, p.eventsA], [p.b, p.eventsB]]) {
      if (!evs.length) out.push(`     ${r}: no event extracted`);
      for (const e of evs) out.push(`     ${r}: ${e.scope === 'incident' ? '' : `(${e.scope}) `}${e.type} @ ${e.place} on ${e.date}${e.actor ? ` by ${e.actor}` : ''} → ${e.fusedIds.join(',') || '-'}  "${cut(e.quote, 160)}"`);
    }
  }
  return out.join('\n');
}

async function main() {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const imp = (p) => import(pathToFileURL(join(dist, p)).href);
  let mods;
  try {
    mods = await Promise.all([imp('ingest/source.js'), imp('document/build.js'), imp('extract/analyse.js'), imp('fuse/fuse.js')]);
  } catch (e) {
    console.error(`cannot load dist/ (${e.message.split('\n')[0]}); run: npx tsc -p tsconfig.json && node bin/sitrep.js gazetteer build`);
    process.exit(2);
  }
  const [{ readSource }, { buildDocument }, { analyse }, { fuse }] = mods;
  const labels = loadLabels();
  const t0 = performance.now();
  const analyses = await analyseFixture({ readSource, buildDocument, analyse });
  const fused = fuse(analyses);
  const ms = performance.now() - t0;
  const s = scoreCoreference(analyses, fused, labels);
  if (process.argv.includes('--json')) { console.log(JSON.stringify(s, null, 2)); return; }
  console.log(formatReport(s));
  console.log(`\n(${analyses.length} documents analysed and fused in ${Math.round(ms)} ms)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
