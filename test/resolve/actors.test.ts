import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data.js';
import { actors, actorKey, type Actor } from '../../src/resolve/actors.js';

/**
 * The actor registry (data/actors.json) and the sides it refers to (data/sides.json): well formed, no alias that
 * names two actors, and the conflicts beyond Russia–Ukraine resolved to the right side and type. Phrases are
 * invented for this file.
 */

const ACTORS = loadData<Actor[]>('actors.json');
const SIDES = loadData<{ opponents: [string, string][]; independentTypes: string[]; reportingTypes: string[] }>('sides.json');
const KEYS = loadData<{ ambiguousSingle: string[]; demonyms: Record<string, string> }>('actor-keys.json');
const COUNTRIES = loadData<{ code: string; name: string; capital?: string }[]>('countries.json');
const TYPES = new Set(['government', 'local-official', 'media', 'military', 'armed-group', 'state-media', 'ngo', 'un', 'analyst',
  'independent-monitor', 'wire']);
const FIELDS = new Set(['id', 'name', 'aliases', 'side', 'type', 'country', 'role', 'memberOf', 'note']);

describe('the registry is well formed', () => {
  it('every entry has an id, a name, aliases, a side, a known type and a country code or null, and no other field', () => {
    for (const a of ACTORS) {
      expect(Object.keys(a).filter((k) => !FIELDS.has(k)), a.id).toEqual([]);
      expect(a.id, JSON.stringify(a)).toMatch(/^[a-z0-9-]+$/);
      expect(a.name.trim(), a.id).not.toBe('');
      expect(Array.isArray(a.aliases), a.id).toBe(true);
      expect(a.aliases.every((s) => typeof s === 'string' && s.trim() !== ''), a.id).toBe(true);
      expect(a.side, a.id).toMatch(/^[A-Za-z0-9-]+$/);
      expect(TYPES.has(a.type), `${a.id}: ${a.type}`).toBe(true);
      expect(a.country === null || /^[A-Z]{2}$/.test(a.country), a.id).toBe(true);
    }
  });

  it('ids are unique, and no name or alias (as compared) belongs to two actors', () => {
    const ids = new Set<string>();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const a of ACTORS) {
      expect(ids.has(a.id), `duplicate id ${a.id}`).toBe(false);
      ids.add(a.id);
      for (const n of [a.name, ...a.aliases]) {
        const k = actorKey(n);
        const was = owner.get(k);
        if (was && was !== a.id) clashes.push(`"${n}" (${k}): ${was} and ${a.id}`);
        else owner.set(k, a.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('a member speaks for an actor in the registry, on its side', () => {
    const byId = new Map(ACTORS.map((a) => [a.id, a]));
    for (const a of ACTORS.filter((x) => x.memberOf)) {
      const parent = byId.get(a.memberOf!);
      expect(parent, `${a.id} memberOf ${a.memberOf}`).toBeTruthy();
      expect(parent!.side, a.id).toBe(a.side);
    }
  });

  it('sides.json: every side in a pair is some actor\'s side, no pair twice, no side against itself; its types exist', () => {
    const sides = new Set(ACTORS.map((a) => a.side));
    const seen = new Set<string>();
    for (const [a, b] of SIDES.opponents) {
      expect(sides.has(a), a).toBe(true);
      expect(sides.has(b), b).toBe(true);
      expect(a).not.toBe(b);
      const key = [a, b].sort().join('|');
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    for (const t of [...SIDES.independentTypes, ...SIDES.reportingTypes]) expect(TYPES.has(t), t).toBe(true);
  });

  it('UN bodies, and the monitors, NGOs and analysts of the conflicts added for issue 17, are on no side', () => {
    // Partisan bloggers and monitors (Rybar, DeepState) are typed as analysts on their side on purpose: only a
    // neutral one counts as independent (src/fuse/status.ts isIndependentType).
    const independent = new Set(SIDES.independentTypes);
    const added = /^(sy|cd|rw|ug|bi|ye|so|ke|ss|ng|ml|bf|ne|et|er|ht|is)-/;
    const sided = ACTORS.filter((a) => (a.type === 'un' || (added.test(a.id) && independent.has(a.type))) && a.side !== 'neutral');
    expect(sided.map((a) => a.id)).toEqual([]);
  });
});

describe('countries, capitals and short words in the conflicts added for issue 17', () => {
  const codes = ['SY', 'CD', 'RW', 'UG', 'BI', 'YE', 'SO', 'KE', 'SS', 'NG', 'ML', 'BF', 'NE', 'ET', 'ER', 'HT'];
  const ambiguous = new Set(KEYS.ambiguousSingle);

  it('a country name or capital that is an alias is a single word the resolver only takes whole', () => {
    for (const c of COUNTRIES.filter((x) => codes.includes(x.code))) {
      for (const place of [c.name, c.capital].filter((x): x is string => !!x)) {
        const a = actors().exact(place);
        if (!a) continue;
        expect(actorKey(place).split(' '), `${place} names ${a.id}`).toHaveLength(1);
        expect(ambiguous.has(actorKey(place)), `${place} must be in actor-keys.json ambiguousSingle`).toBe(true);
      }
    }
  });

  it('capitals whose districts are event places are no actor; the two used for their governments are', () => {
    for (const city of ['Damascus', 'Mogadishu', 'Bamako', 'Juba', 'Abuja', 'Addis Ababa', 'Niamey', 'Ouagadougou', 'Port-au-Prince', 'Aden', 'Goma'])
      expect(actors().exact(city)?.id ?? null, city).toBeNull();
    expect(actors().exact('Kigali')?.id).toBe('rw-gov');
    expect(actors().exact('Kinshasa')?.id).toBe('cd-gov');
  });

  it('an ambiguous single word inside a longer phrase names nobody; alone, it names the government', () => {
    expect(actors().resolve('Syrian residents')).toBeNull();
    expect(actors().resolve('a doctor at a Kigali hospital')).toBeNull();
    expect(actors().resolve('Somali elders')).toBeNull();
    expect(actors().resolve('Rwanda')?.id).toBe('rw-gov');
  });

  it('the same for the countries and seats of government already in the registry where residents speak most', () => {
    expect(actors().resolve('Myanmar residents')).toBeNull();
    expect(actors().resolve('a Beirut resident')).toBeNull();
    expect(actors().resolve('a shopkeeper in Sanaa')).toBeNull();
    expect(actors().resolve('Myanmar')?.id).toBe('mm-junta');
    expect(actors().resolve('Beirut')?.id).toBe('lb-gov');
    expect(actors().resolve('Myanmar\'s military')?.id).toBe('mm-tatmadaw');
  });

  it('a demonym and a possessive name the same actor', () => {
    for (const [a, b] of [['the Syrian army', "Syria's army"], ['the Congolese army', "Congo's army"], ['the Somali military', "Somalia's military"],
      ['the Nigerian army', "Nigeria's army"], ['the Ethiopian army', "Ethiopia's army"], ['the Rwandan army', "Rwanda's army"]]) {
      expect(actors().resolve(a)?.id, a).toBeTruthy();
      expect(actors().resolve(a)?.id, `${a} / ${b}`).toBe(actors().resolve(b)?.id);
    }
  });
});

/** [phrase, actor id, side, type] */
type Row = [string, string, string, string];
const expectRows = (rows: Row[]) => {
  for (const [phrase, id, side, type] of rows) {
    const a = actors().resolve(phrase);
    expect([a?.id, a?.side, a?.type], phrase).toEqual([id, side, type]);
  }
};

describe('claimants of the conflicts beyond Russia–Ukraine resolve to their side and type', () => {
  it('Syria', () => expectRows([
    ['Hayat Tahrir al-Sham', 'sy-hts', 'SY-HTS', 'armed-group'],
    ['the HTS-led Military Operations Command', 'sy-hts', 'SY-HTS', 'armed-group'],
    ['Syria\'s Defence Ministry', 'sy-mod', 'SY-gov', 'military'],
    ['the Syrian Interior Ministry', 'sy-interior', 'SY-gov', 'government'],
    ['state news agency SANA', 'sy-sana', 'SY-gov', 'state-media'],
    ['the Kurdish-led Syrian Democratic Forces', 'sy-sdf', 'SY-SDF', 'armed-group'],
    ['SDF commander Mazloum Abdi', 'sy-mazloum-abdi', 'SY-SDF', 'armed-group'],
    ['the Turkish-backed Syrian National Army', 'sy-sna', 'SY-SNA', 'armed-group'],
    ['the Islamic State group', 'is-core', 'IS', 'armed-group'],
    ['Druze spiritual leader Hikmat al-Hijri', 'sy-hijri', 'SY-Druze', 'armed-group'],
    ['Bedouin tribal fighters', 'sy-bedouin-fighters', 'SY-Bedouin', 'armed-group'],
    ['the Britain-based Syrian Observatory for Human Rights', 'sy-sohr', 'neutral', 'independent-monitor'],
    ['the Observatory', 'sy-sohr', 'neutral', 'independent-monitor'],
    ['the White Helmets', 'sy-white-helmets', 'neutral', 'ngo'],
    ['ousted president Bashar al-Assad', 'sy-assad', 'SY-Assad', 'government'],
    ['QSD', 'sy-sdf', 'SY-SDF', 'armed-group'],
    ['JWS factions', 'sy-sna', 'SY-SNA', 'armed-group'],
  ]));

  it('DR Congo and its neighbours', () => expectRows([
    ['the FARDC', 'cd-fardc', 'CD-gov', 'military'],
    ['the Congolese army', 'cd-fardc', 'CD-gov', 'military'],
    ['Congolese army spokesman Sylvain Ekenge', 'cd-ekenge', 'CD-gov', 'military'],
    ['the Rwanda-backed M23', 'cd-m23', 'CD-M23', 'armed-group'],
    ['AFC/M23 spokesman Lawrence Kanyuka', 'cd-kanyuka', 'CD-M23', 'armed-group'],
    ['Corneille Nangaa', 'cd-nangaa', 'CD-M23', 'armed-group'],
    ['Kigali', 'rw-gov', 'RW', 'government'],
    ['the Rwanda Defence Force', 'rw-rdf', 'RW', 'military'],
    ['Wazalendo fighters', 'cd-wazalendo', 'CD-Wazalendo', 'armed-group'],
    ['the FDLR', 'cd-fdlr', 'CD-FDLR', 'armed-group'],
    ['the Islamic State-linked ADF', 'cd-adf', 'IS', 'armed-group'],
    ['CODECO militiamen', 'cd-codeco', 'CD-CODECO', 'armed-group'],
    ['MONUSCO', 'cd-monusco', 'neutral', 'un'],
    ['the North Kivu governor', 'cd-north-kivu-governor', 'CD-gov', 'local-official'],
  ]));

  it('Yemen', () => expectRows([
    ['Yemen\'s internationally recognised government', 'ye-gov', 'YE-gov', 'government'],
    ['the Presidential Leadership Council', 'ye-plc', 'YE-gov', 'government'],
    ['the Southern Transitional Council', 'ye-stc', 'YE-STC', 'armed-group'],
    ['the UAE-backed Giants Brigades', 'ye-giants', 'YE-gov', 'armed-group'],
    ['the Saudi-led coalition', 'ye-coalition', 'SA', 'military'],
    ['the Houthi-run Saba news agency', 'ye-saba-houthi', 'YE-Houthis', 'state-media'],
    ['the government-run Saba news agency', 'ye-saba-gov', 'YE-gov', 'state-media'],
    ['the Houthi-run health ministry', 'ye-houthi-moh', 'YE-Houthis', 'government'],
    // AFP's spelling.
    ["Yemen's Huthi rebels", 'ye-houthis', 'YE-Houthis', 'armed-group'],
    ['the Huthis', 'ye-houthis', 'YE-Houthis', 'armed-group'],
  ]));

  it('Somalia, South Sudan, Nigeria, the Sahel, Ethiopia, Haiti', () => expectRows([
    ['al-Shabaab', 'so-shabaab', 'SO-Shabaab', 'armed-group'],
    ['the al-Qaeda-linked al-Shabab', 'so-shabaab', 'SO-Shabaab', 'armed-group'],
    ['the Somali National Army', 'so-army', 'SO-gov', 'military'],
    ['AUSSOM', 'so-aussom', 'SO-AU', 'military'],
    ['Puntland security forces', 'so-puntland', 'SO-Puntland', 'government'],
    ['the SSPDF', 'ss-sspdf', 'SS-gov', 'military'],
    ['the SPLA-IO', 'ss-splm-io', 'SS-IO', 'armed-group'],
    ['the Nigerian army', 'ng-army', 'NG-gov', 'military'],
    ['ISWAP', 'ng-iswap', 'IS', 'armed-group'],
    ['Boko Haram', 'ng-boko-haram', 'NG-BokoHaram', 'armed-group'],
    ['Borno governor Babagana Zulum', 'ng-zulum', 'NG-gov', 'local-official'],
    ['the Malian army', 'ml-fama', 'ML-junta', 'military'],
    ['the al-Qaeda-linked JNIM', 'ml-jnim', 'ML-JNIM', 'armed-group'],
    ['Islamic State Sahel Province', 'is-sahel', 'IS', 'armed-group'],
    ['MSA fighters', 'ml-msa', 'ML-MSA', 'armed-group'],
    ['the Eastern Security Network', 'ng-ipob', 'NG-IPOB', 'armed-group'],
    ['South West State forces', 'so-member-states', 'SO-gov', 'military'],
    ['the Burkinabe army', 'bf-army', 'BF-junta', 'military'],
    ['Niger\'s junta', 'ne-junta', 'NE-junta', 'government'],
    ['Fano militias', 'et-fano', 'ET-Fano', 'armed-group'],
    ['the Ethiopian National Defense Force', 'et-endf', 'ET-gov', 'military'],
    ['the Oromo Liberation Army', 'et-ola', 'ET-OLA', 'armed-group'],
    ['Haitian National Police', 'ht-pnh', 'HT-gov', 'military'],
    ['the Viv Ansanm gang coalition', 'ht-viv-ansanm', 'HT-gangs', 'armed-group'],
  ]));
});

describe('ambiguous short names: one reading chosen, and look-alikes left alone', () => {
  it('bare "SNA" is the Somali National Army; the Syrian one only with its full name or "Turkish-backed"', () => {
    expect(actors().resolve('SNA')?.id).toBe('so-army');
    expect(actors().resolve('SNA forces')?.id).toBe('so-army');
    expect(actors().resolve('the Turkish-backed SNA')?.id).toBe('sy-sna');
  });

  it('bare "Saba" is neither Yemeni agency; bare "VDP" is Burkina Faso\'s', () => {
    expect(actors().resolve('Saba')).toBeNull();
    expect(actors().resolve('the Saba news agency')).toBeNull();
    expect(actors().resolve('the VDP')?.id).toBe('bf-vdp');
  });

  it('negative: a common surname, a company suffix or another country\'s agency is not one of these actors', () => {
    expect(actors().resolve('Moussa Traore, a trader')).toBeNull();
    expect(actors().resolve('BAE Systems PLC')).toBeNull();
    expect(actors().resolve('Lebanon\'s General Security')?.side ?? null).not.toBe('SY-gov');
    expect(actors().resolve('Arab tribes in Darfur')).toBeNull();
    expect(actors().resolve('Thérèse Kayikwamba Wagner')?.id).toBe('cd-kayikwamba');
    expect(actors().resolve('Wagner')?.id).toBe('ru-wagner');
    expect(actors().resolve('the National Resistance Front')).toBeNull();
  });
});

describe('a country named as the owner pins the actor to that country', () => {
  it('"Ukraine\'s Joint Forces Operation" is Ukraine\'s, not Sudan\'s Joint Forces', () => {
    const r = actors();
    expect(r.resolve("Ukraine's Joint Forces Operation")?.side).toBe('UA');
    expect(r.resolve("Sudan's Joint Forces")?.id).toBe('sd-joint-forces');
    expect(r.resolve('the Joint Forces')?.id).toBe('sd-joint-forces');
  });
});

describe('a nationality with an institution of state speaks for that country', () => {
  it('"the Russian ministry", "the Sudanese authorities" resolve to the country\'s side; "the local ministry" to none', () => {
    const reg = actors();
    expect(reg.resolve('The Russian ministry')?.side).toBe('RU');
    expect(reg.resolve('the Ukrainian authorities')?.side).toBe('UA');
    expect(reg.resolve('the local ministry')).toBeNull();
    expect(reg.resolve('The Health ministry')).toBeNull();
  });
});
