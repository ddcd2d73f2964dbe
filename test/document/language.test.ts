import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/document/language.js';
import { docFromText } from '../helpers.js';

const UKRAINIAN = 'Російські війська вдарили по Сумах у неділю вранці, загинули двоє людей, повідомив голова обласної ' +
  'адміністрації. Рятувальники працювали на місці всю ніч, розбираючи завали житлового будинку в центрі міста.';
const SPANISH = 'Las fuerzas rusas atacaron la ciudad de Sumy el domingo por la mañana y murieron dos personas, según el ' +
  'gobernador de la región. Los equipos de rescate trabajaron toda la noche entre los escombros del edificio.';
const ENGLISH = 'Russian forces struck the city of Sumy on Sunday morning, killing two people, the regional governor said. ' +
  'Rescue crews worked through the night to clear the rubble of the apartment block in the centre of the city.';

describe('a text that does not read as English is said to be so', () => {
  it('Ukrainian and Spanish reports are not English; an English one is', () => {
    expect(looksEnglish(UKRAINIAN)).toBe(false);
    expect(looksEnglish(SPANISH)).toBe(false);
    expect(looksEnglish(ENGLISH)).toBe(true);
  });

  it('negative: a short line (a caption, a dateline) is too little to judge', () => {
    expect(looksEnglish('Суми, 9 червня')).toBe(true);
  });

  it('the document carries a warning message, and an English one none', () => {
    expect(docFromText(SPANISH).messages.map((m) => m.ruleId)).toContain('document:language');
    expect(docFromText(ENGLISH).messages.map((m) => m.ruleId)).not.toContain('document:language');
  });
});
