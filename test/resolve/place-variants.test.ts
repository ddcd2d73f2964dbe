import { describe, it, expect } from 'vitest';
import { looseKeys } from '../../src/resolve/normalise.js';
import { gazetteer } from '../../src/resolve/gazetteer/gazetteer.js';

const shared = (a: string[], b: string[]) => a.some((k) => b.includes(k));

describe('loose keys for romanisation variants', () => {
  it('Russian and Ukrainian spellings of one village meet', () => {
    expect(shared(looseKeys('Kalinovo'), looseKeys('Kalynove', 'UA'))).toBe(true);
    expect(shared(looseKeys('Udachnoye'), looseKeys('Udachne', 'UA'))).toBe(true);
    expect(shared(looseKeys('Kamyanka'), looseKeys('Kamianka', 'UA'))).toBe(true);
    expect(shared(looseKeys('Petrovka'), looseKeys('Petrivka', 'UA'))).toBe(true);
  });

  it('different places stay apart', () => {
    expect(shared(looseKeys('Lozove'), looseKeys('Lyman', 'UA'))).toBe(false);
    expect(shared(looseKeys('Kalinovo'), looseKeys('Kalynivka', 'UA'))).toBe(false);
  });

  it('a set applies only to its countries', () => {
    expect(looseKeys('Kalynove', 'FR')).toEqual([]);
    expect(looseKeys('Kalynove', null)).toEqual([]);
    expect(looseKeys('Kalemyo', 'MM')).toEqual(['~mm:kale']);
  });

  it('Arabic vowels and the article do not matter, consonants do', () => {
    expect(shared(looseKeys('Sokhneh'), looseKeys('As Sukhnah', 'SY'))).toBe(true);
    expect(shared(looseKeys('Sokhneh'), looseKeys('Sukhnah', 'SY'))).toBe(true);
    expect(shared(looseKeys('Sokhneh'), looseKeys('Salamiyah', 'SY'))).toBe(false);
  });
});

describe('the place index', () => {
  it('a variant match is flagged and comes after the exact ones', () => {
    const c = gazetteer().lookupLoose('Kalinovo');
    const luhansk = c.find((x) => x.country === 'UA' && x.admin1 === 'UA.14');
    expect(luhansk).toMatchObject({ name: 'Kalynove', variant: true, official: false });
    expect(gazetteer().lookup('Kalinovo').some((x) => x.admin1 === 'UA.14')).toBe(false);
  });

  it('second-level units are indexed under their typed forms only', () => {
    const d = gazetteer().lookup('Pokrovsk raion');
    expect(d.some((x) => x.fcode === 'ADM2' && x.admin1 === 'UA.05' && x.kind === 'region')).toBe(true);
    expect(gazetteer().lookup('Pokrovsk').some((x) => x.fcode === 'ADM2')).toBe(false);
  });
});

describe('Russian ё written "yo"', () => {
  it('"Tyotkino" meets Tëtkino, "Fyodorovka" meets Fedorovka', () => {
    expect(shared(looseKeys('Tyotkino'), looseKeys('Tëtkino', 'RU'))).toBe(true);
    expect(shared(looseKeys('Fyodorovka'), looseKeys('Fedorovka', 'RU'))).toBe(true);
  });
  it('negative: a "yo" does not make unrelated names meet ("Tyotkino" and "Tetiiv")', () => {
    expect(shared(looseKeys('Tyotkino'), looseKeys('Tetiiv', 'UA'))).toBe(false);
  });
});
