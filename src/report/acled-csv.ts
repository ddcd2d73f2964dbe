import { loadData } from '../data.js';
import type { Event } from '../extract/types.js';
import type { FusedClaim, FusedEvent } from '../fuse/fuse.js';
import { actors } from '../resolve/actors.js';
import { familyOf } from '../extract/events.js';
import { lowestReport, oneLine, primaryReport } from './brief.js';

/**
 * ACLED-style CSV: ACLED's columns in ACLED's order, so ACLED tooling reads it, then sitrep's own
 * columns at the end (ACLED readers ignore extra trailing columns). Codes come from the event's
 * `acled` field, which the extractor took from data/event-types.json.
 */

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export const SITREP_COLUMNS = ['sitrep_id', 'source_urls', 'claim_status', 'killed_best', 'killed_high'] as const;
export const CSV_COLUMNS = [...ACLED_COLUMNS, ...SITREP_COLUMNS];

export type AcledRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

// ---------- country codes ----------

/** ISO 3166-1 alpha-2, alpha-3 and numeric, packed (from the iso-codes tables); Kosovo as ACLED codes it (XKX, 0). */
const ISO = [
  'ADAND020 AEARE784 AFAFG004 AGATG028 AIAIA660 ALALB008 AMARM051 AOAGO024 AQATA010 ARARG032 ASASM016 ATAUT040 AUAUS036 AWABW533',
  'AXALA248 AZAZE031 BABIH070 BBBRB052 BDBGD050 BEBEL056 BFBFA854 BGBGR100 BHBHR048 BIBDI108 BJBEN204 BLBLM652 BMBMU060 BNBRN096',
  'BOBOL068 BQBES535 BRBRA076 BSBHS044 BTBTN064 BVBVT074 BWBWA072 BYBLR112 BZBLZ084 CACAN124 CCCCK166 CDCOD180 CFCAF140 CGCOG178',
  'CHCHE756 CICIV384 CKCOK184 CLCHL152 CMCMR120 CNCHN156 COCOL170 CRCRI188 CUCUB192 CVCPV132 CWCUW531 CXCXR162 CYCYP196 CZCZE203',
  'DEDEU276 DJDJI262 DKDNK208 DMDMA212 DODOM214 DZDZA012 ECECU218 EEEST233 EGEGY818 EHESH732 ERERI232 ESESP724 ETETH231 FIFIN246',
  'FJFJI242 FKFLK238 FMFSM583 FOFRO234 FRFRA250 GAGAB266 GBGBR826 GDGRD308 GEGEO268 GFGUF254 GGGGY831 GHGHA288 GIGIB292 GLGRL304',
  'GMGMB270 GNGIN324 GPGLP312 GQGNQ226 GRGRC300 GSSGS239 GTGTM320 GUGUM316 GWGNB624 GYGUY328 HKHKG344 HMHMD334 HNHND340 HRHRV191',
  'HTHTI332 HUHUN348 IDIDN360 IEIRL372 ILISR376 IMIMN833 ININD356 IOIOT086 IQIRQ368 IRIRN364 ISISL352 ITITA380 JEJEY832 JMJAM388',
  'JOJOR400 JPJPN392 KEKEN404 KGKGZ417 KHKHM116 KIKIR296 KMCOM174 KNKNA659 KPPRK408 KRKOR410 KWKWT414 KYCYM136 KZKAZ398 LALAO418',
  'LBLBN422 LCLCA662 LILIE438 LKLKA144 LRLBR430 LSLSO426 LTLTU440 LULUX442 LVLVA428 LYLBY434 MAMAR504 MCMCO492 MDMDA498 MEMNE499',
  'MFMAF663 MGMDG450 MHMHL584 MKMKD807 MLMLI466 MMMMR104 MNMNG496 MOMAC446 MPMNP580 MQMTQ474 MRMRT478 MSMSR500 MTMLT470 MUMUS480',
  'MVMDV462 MWMWI454 MXMEX484 MYMYS458 MZMOZ508 NANAM516 NCNCL540 NENER562 NFNFK574 NGNGA566 NINIC558 NLNLD528 NONOR578 NPNPL524',
  'NRNRU520 NUNIU570 NZNZL554 OMOMN512 PAPAN591 PEPER604 PFPYF258 PGPNG598 PHPHL608 PKPAK586 PLPOL616 PMSPM666 PNPCN612 PRPRI630',
  'PSPSE275 PTPRT620 PWPLW585 PYPRY600 QAQAT634 REREU638 ROROU642 RSSRB688 RURUS643 RWRWA646 SASAU682 SBSLB090 SCSYC690 SDSDN729',
  'SESWE752 SGSGP702 SHSHN654 SISVN705 SJSJM744 SKSVK703 SLSLE694 SMSMR674 SNSEN686 SOSOM706 SRSUR740 SSSSD728 STSTP678 SVSLV222',
  'SXSXM534 SYSYR760 SZSWZ748 TCTCA796 TDTCD148 TFATF260 TGTGO768 THTHA764 TJTJK762 TKTKL772 TLTLS626 TMTKM795 TNTUN788 TOTON776',
  'TRTUR792 TTTTO780 TVTUV798 TWTWN158 TZTZA834 UAUKR804 UGUGA800 UMUMI581 USUSA840 UYURY858 UZUZB860 VAVAT336 VCVCT670 VEVEN862',
  'VGVGB092 VIVIR850 VNVNM704 VUVUT548 WFWLF876 WSWSM882 XKXKX000 YEYEM887 YTMYT175 ZAZAF710 ZMZMB894 ZWZWE716',
].join(' ');

const COUNTRY = new Map(ISO.split(' ').map((x) => [x.slice(0, 2), { alpha3: x.slice(2, 5), numeric: Number(x.slice(5)) }]));

export const countryCodes = (alpha2: string | null | undefined) => (alpha2 ? COUNTRY.get(alpha2.toUpperCase()) ?? null : null);

let names: Map<string, string> | null = null;
export function countryName(alpha2: string | null | undefined): string | null {
  if (!alpha2) return null;
  names ??= new Map(loadData<{ code: string; name: string }[]>('countries.json').map((c) => [c.code, c.name]));
  return names.get(alpha2.toUpperCase()) ?? null;
}

// ---------- codes, dates, places ----------

interface TypeRow { acled: Event['acled']; plover: Event['plover']; subtypes?: Record<string, { acled: Event['acled']; plover: Event['plover'] }> }

/** The row of data/event-types.json for a type (a listed subtype of "other" overrides it). */
export function typeRow(type: string, subtype: string | null): { acled: Event['acled']; plover: Event['plover'] } | null {
  const row = loadData<Record<string, TypeRow | string>>('event-types.json')[type];
  if (!row || typeof row === 'string') return null;
  return (subtype && row.subtypes?.[subtype]) || row;
}

/** The event's own codes; records stored before events carried them fall back to the table. */
export const acledCodes = (e: FusedEvent): Event['acled'] | null => e.acled ?? typeRow(e.type, e.subtype)?.acled ?? null;

const DAY = 86_400_000;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * ACLED's date rules (codebook, time_precision): 1 the source gives the day; 2 it gives only the week or
 * weekend, coded on the middle day of it; 3 it gives only the month, coded on the month's middle day. An
 * overnight attack ("the night of June 9 to 10") is known to the day: precision 1, on the day it ended. A
 * span longer than a month ("since February 2022") is coded on its last day, when it is known to have happened by.
 */
export function acledDate(e: FusedEvent): { date: string; precision: 1 | 2 | 3 } | null {
  const d = e.date;
  if (!d) return null;
  const start = Date.parse(d.start);
  const end = Date.parse(d.end);
  const days = Math.round((end - start) / DAY);
  const mid = isoOf(start + Math.floor(days / 2) * DAY);
  if (days > 31) return { date: d.end, precision: 3 };
  if (d.precision === 'month' || d.precision === 'year' || days > 7) return { date: `${mid.slice(0, 8)}15`, precision: 3 };
  // A Saturday and Sunday told as one ("over the weekend") is ACLED's "weekend": precision 2, on the Saturday.
  const weekend = days === 1 && new Date(start).getUTCDay() === 6;
  if (d.precision === 'week' || days > 1 || weekend) return { date: mid, precision: 2 };
  return { date: d.end, precision: 1 };
}

/**
 * ACLED geo_precision: 1 a town or a facility; 2 a place known only by its surroundings (a village
 * placed at its region, "near" a town) or a district; 3 a region or a whole country. The resolver's
 * own precision says when a town was only placed by context; a "place" that is a country's name, or has
 * no coordinates of its own, is no better than 3.
 */
export function geoPrecision(place: FusedEvent['place']): 1 | 2 | 3 | null {
  if (!place) return null;
  if (place.kind === 'country' || place.name === countryName(place.country)) return 3;
  if (place.lat == null || place.lon == null) return 3;
  if (place.precision === 2) return 2;
  return place.kind === 'city' || place.kind === 'facility' ? 1 : 3;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

/** "On 7 June 2025", "Between 7 June 2025 and 8 June 2025", "In June 2025": the date as the notes open it. */
export function whenPhrase(e: FusedEvent): string {
  const d = e.date;
  if (!d) return 'On an unreported date';
  if (d.start === d.end) return `On ${longDate(d.start)}`;
  if (d.precision === 'month' && d.start.slice(0, 7) === d.end.slice(0, 7)) return `In ${MONTHS[Number(d.start.slice(5, 7)) - 1]} ${d.start.slice(0, 4)}`;
  if (d.precision === 'year' && d.start.slice(0, 4) === d.end.slice(0, 4)) return `In ${d.start.slice(0, 4)}`;
  return `Between ${longDate(d.start)} and ${longDate(d.end)}`;
}

const outletOf = (r: { outlet: string | null; source: string }) => r.outlet ?? r.source.replace(/^\w+:/, '');

/** Notes from our own cited sentences: the sentence behind the best figure, the lowest figure's sentence when it differs, who else reported it. */
export function acledNotes(e: FusedEvent): string {
  const main = primaryReport(e);
  const parts = [`${whenPhrase(e)}: ${oneLine(main.quote)} (source: ${outletOf(main)}${main.published ? `, ${main.published}` : ''}).`];
  const low = lowestReport(e, main);
  if (low) parts.push(`Lowest reported figure: ${oneLine(low.quote)} (source: ${outletOf(low)}${low.published ? `, ${low.published}` : ''}).`);
  const others = [...new Set(e.reports.map(outletOf))].filter((o) => o !== outletOf(main) && (!low || o !== outletOf(low)));
  if (others.length) parts.push(`Also reported by ${others.join(', ')}.`);
  return parts.join(' ');
}

// ---------- actors and sources ----------

interface AcledTables {
  region: Record<string, string>;
  inter: Record<string, [string, number]>;
  weapons: { re: string; sub_event_type: string; plover_mode: string }[];
  civilianTargeting: string;
}
const TABLES = () => loadData<AcledTables>('acled.json');

/** ACLED's world region of a country (data/acled.json); null for a country the table does not place. */
export const acledRegion = (alpha2: string | null | undefined): string | null => (alpha2 ? TABLES().region[alpha2.toUpperCase()] ?? null : null);

/** The weapon an attack's own sentences name, as ACLED's sub_event_type and PLOVER's mode (first listed wins). */
export function weaponOf(e: FusedEvent): { sub_event_type: string; plover_mode: string } | null {
  if (familyOf(e.type) !== 'attack' || e.type === 'civilian_casualties') return null;
  const text = e.reports.map((r) => r.quote).join(' ');
  return TABLES().weapons.find((w) => new RegExp(w.re, 'i').test(text)) ?? null;
}

/** Civilians were the target: the event's sentences name homes, apartment blocks, schools, civilians. */
export const targetsCivilians = (e: FusedEvent): boolean =>
  acledCodes(e)?.event_type === 'Violence against civilians' || (familyOf(e.type) === 'attack' && new RegExp(TABLES().civilianTargeting, 'i').test(e.reports.map((r) => r.quote).join(' ')));

export interface AcledOptions {
  /** ACLED's legacy numeric actor types (1 state forces … 8 external) instead of the current text. */
  numericInter?: boolean;
}

/**
 * Actors and their ACLED types. A side that is a country acts through its military (State forces). The other
 * party of an attack on another country's soil is that country's military, or its civilians when they were the
 * target (Civilians, and civilian_targeting). interaction joins the two types lowest number first
 * ("State forces-Civilians"), or is "Sole state forces" for one; the numeric form writes 17 or 10.
 */
export function acledActors(e: FusedEvent, opts: AcledOptions = {}): Pick<AcledRow, 'actor1' | 'inter1' | 'actor2' | 'inter2' | 'interaction' | 'civilian_targeting'> {
  const inter = TABLES().inter;
  const side = e.actor;
  const sideCountry = side && /^[A-Z]{2}$/.test(side) ? countryName(side) : null;
  const where = e.place?.country ?? null;
  const civilians = targetsCivilians(e);
  const one = sideCountry ? { name: `Military Forces of ${sideCountry}`, type: inter.state } : null;
  let two: { name: string; type: [string, number] } | null = null;
  if (civilians && where) two = { name: `Civilians (${countryName(where) ?? where})`, type: inter.civilians };
  else if (one && where && where !== side && familyOf(e.type) !== 'airport' && familyOf(e.type) !== 'talks') two = { name: `Military Forces of ${countryName(where) ?? where}`, type: inter.state };
  const label = (t: [string, number]) => (opts.numericInter ? t[1] : t[0]);
  const types = [one?.type, two?.type].filter((t): t is [string, number] => !!t).sort((a, b) => a[1] - b[1]);
  const interaction = types.length === 2
    ? (opts.numericInter ? Number(`${types[0][1]}${types[1][1]}`) : `${types[0][0]}-${types[1][0]}`)
    : types.length === 1 ? (opts.numericInter ? types[0][1] * 10 : `Sole ${types[0][0].toLowerCase()}`) : null;
  return {
    actor1: one?.name ?? '', inter1: one ? label(one.type) : null,
    actor2: two?.name ?? '', inter2: two ? label(two.type) : null,
    interaction, civilian_targeting: civilians ? 'Civilian targeting' : null,
  };
}

const SCALE_ORDER = ['Subnational', 'National', 'Regional', 'International', 'New media', 'Other'];

/**
 * ACLED's source_scale from who published: a wire or a foreign outlet is International, media of the
 * event's country National, a monitor posting maps and footage New media, parties and analysts Other.
 */
export function sourceScale(e: FusedEvent): string {
  const reg = actors();
  const scales = new Set<string>();
  for (const r of e.reports) {
    const a = r.source.startsWith('actor:') ? reg.byId.get(r.source.slice(6)) : undefined;
    if (!a) { scales.add('Other'); continue; }
    if (a.type === 'wire') scales.add('International');
    else if (a.type === 'media' || a.type === 'state-media') scales.add(a.country && a.country === e.place?.country ? 'National' : 'International');
    else if (a.type === 'independent-monitor') scales.add('New media');
    else scales.add('Other');
  }
  return SCALE_ORDER.filter((s) => scales.has(s)).join('-');
}

// ---------- rows ----------

/** The statuses of the claims that assert an event, most contested first. */
export function claimStatusOf(e: FusedEvent, claims: FusedClaim[]): string {
  const order = ['denied', 'disputed', 'unverified', 'corroborated', 'confirmed'];
  const s = new Set(claims.filter((c) => c.events.includes(e.id)).map((c) => c.status));
  return order.filter((x) => s.has(x as FusedClaim['status'])).join(';');
}

const round = (n: number | null | undefined, places: number) => (n == null ? null : Number(n.toFixed(places)));

/** ACLED's id shape: the country's alpha-3 and a number (here the fused id's hash, so it is stable across runs). */
export const eventIdCnty = (e: FusedEvent) => `${countryCodes(e.place?.country)!.alpha3}${parseInt(e.id.replace(/^ev-/, '').slice(0, 12), 16) || 0}`;

/**
 * Which events make ACLED rows: ACLED codes events that happened in a country. An event placed nowhere on land
 * (the Black Sea) has no country and no id of ACLED's shape; one told only as a possibility ("If true …") did
 * not happen. Both are left out (the JSON exports keep them).
 */
export const acledEligible = (e: FusedEvent): boolean => !!countryCodes(e.place?.country) && !e.hypothetical;

export function acledRow(e: FusedEvent, claims: FusedClaim[], opts: AcledOptions = {}): AcledRow {
  const table = acledCodes(e);
  const weapon = weaponOf(e);
  const codes = table && weapon && table.event_type === 'Explosions/Remote violence' ? { ...table, sub_event_type: weapon.sub_event_type } : table;
  const when = acledDate(e);
  const p = e.place;
  const cc = countryCodes(p?.country);
  const latest = e.reports.map((r) => r.published).filter((x): x is string => !!x).sort().pop();
  return {
    event_id_cnty: eventIdCnty(e),
    event_date: when?.date ?? null,
    year: when ? Number(when.date.slice(0, 4)) : null,
    time_precision: when?.precision ?? null,
    disorder_type: codes?.disorder_type ?? null,
    event_type: codes?.event_type ?? null,
    sub_event_type: codes?.sub_event_type ?? null,
    ...acledActors(e, opts),
    assoc_actor_1: null,
    assoc_actor_2: null,
    iso: cc?.numeric ?? null,
    region: acledRegion(p?.country),
    country: countryName(p?.country) ?? p?.country ?? null,
    admin1: p?.admin1Acled ?? p?.admin1 ?? null,
    admin2: null,
    admin3: null,
    location: p?.name ?? null,
    latitude: round(p?.lat, 4),
    longitude: round(p?.lon, 4),
    geo_precision: geoPrecision(p),
    source: [...new Set(e.reports.map(outletOf))].join('; '),
    source_scale: sourceScale(e),
    notes: acledNotes(e),
    // ACLED's conservative rule: the lowest figure any source reported; 0 when none gave one.
    fatalities: e.killed?.low ?? 0,
    tags: e.scope === 'aggregate' ? 'aggregate figure across several incidents' : null,
    timestamp: latest ? Math.floor(Date.parse(latest) / 1000) : null,
    sitrep_id: e.id,
    source_urls: [...new Set(e.reports.map((r) => r.url).filter((u): u is string => !!u))].join(' '),
    claim_status: claimStatusOf(e, claims) || null,
    killed_best: e.killed?.best ?? null,
    killed_high: e.killed?.high ?? null,
  };
}

// ---------- RFC 4180 ----------

/** A field is quoted when it holds a comma, a double quote, CR or LF; quotes inside are doubled. */
export function csvField(v: string | number | null | undefined): string {
  if (v == null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header and one record per event, CRLF line ends (RFC 4180 §2). */
export function toAcledCsv(events: FusedEvent[], claims: FusedClaim[] = [], opts: AcledOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events.filter(acledEligible)) {
    const row = acledRow(e, claims, opts);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
