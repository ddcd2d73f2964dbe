/**
 * Unicode-mode patterns rewritten for V8's faster engine. A pattern with the `u` flag runs two to three times
 * slower in V8 than the same pattern without it, case-insensitive ones most of all; ours need `u` only for
 * property escapes (`\p{L}`, `\p{Lu}`, `\p{N}`) over text that is, in practice, all in the Basic Multilingual
 * Plane. `bmp` spells each such escape out as the plain class of its BMP code points and drops the flag.
 *
 * What changes: a letter outside the BMP (a surrogate pair) is no letter, and `.` or a negated class counts such a
 * character as two; with `i`, case folds as `toUpperCase` does rather than by Unicode's folding table (the two
 * differ on a handful of letters, "ſ" and the Kelvin sign among them). Anything the rewrite does not understand
 * (a negated property inside a class, `\u{…}`, the `v` flag) keeps the pattern as it was.
 */

const classes = new Map<string, string>();

/** The code points of a property in the BMP, as the body of a class ("A-Za-z\u00aa…"). */
function bmpRanges(property: string): string {
  let body = classes.get(property);
  if (body !== undefined) return body;
  const re = new RegExp(`\\p{${property}}`, 'u');
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  body = '';
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const member = c < 0x10000 && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCharCode(c));
    if (member && start < 0) start = c;
    if (!member && start >= 0) {
      body += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  classes.set(property, body);
  return body;
}

class Keep extends Error {}

/** The same pattern without the `u` flag, its property escapes spelled out (see above); or the pattern itself. */
export function bmp(re: RegExp): RegExp {
  if (!re.flags.includes('u') || re.flags.includes('v')) return re;
  const src = re.source;
  if (src.includes('\\u{')) return re;
  let out = '';
  let inClass = false;
  try {
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') {
        const e = src[i + 1];
        if (e === 'p' || e === 'P') {
          const end = src.indexOf('}', i);
          if (src[i + 2] !== '{' || end < 0) throw new Keep();
          const body = bmpRanges(src.slice(i + 3, end));
          if (inClass && e === 'P') throw new Keep();
          out += inClass ? body : `[${e === 'P' ? '^' : ''}${body}]`;
          i = end;
          continue;
        }
        out += c + (e ?? '');
        i++;
        continue;
      }
      if (inClass && c === ']') inClass = false;
      else if (!inClass && c === '[') inClass = true;
      out += c;
    }
    return new RegExp(out, re.flags.replace('u', ''));
  } catch (e) {
    if (e instanceof Keep || e instanceof SyntaxError) return re;
    throw e;
  }
}
