const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

export function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A metadata date ("2025-06-08", "2025-06-08T21:10:00+03:00", "Sun, 08 Jun 2025 10:00:00 GMT",
 * "June 8, 2025", "8 June 2025") as the calendar day the publisher wrote, YYYY-MM-DD.
 * The day as written is kept on purpose: converting to UTC would move late-evening stories a day.
 */
export function parsePublished(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = String(s).trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(t);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(t);
  if (m && MONTHS[m[2].toLowerCase()]) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(t);
  if (m && MONTHS[m[1].toLowerCase()]) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  const ms = Date.parse(t);
  if (!Number.isNaN(ms)) { const d = new Date(ms); return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()); }
  return null;
}

/** A full date with a year written in running text ("on June 8, 2025", "9 June 2025"); the first one found. */
export function findWrittenDate(text: string): string | null {
  const re = /\b(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}))\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mon = MONTHS[(m[1] ?? m[5]).toLowerCase()];
    if (!mon) continue;
    const d = m[1] ? ymd(+m[3], mon, +m[2]) : ymd(+m[6], mon, +m[4]);
    if (d) return d;
  }
  return null;
}
