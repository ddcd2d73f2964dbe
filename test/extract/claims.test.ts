import { describe, expect, it } from 'vitest';
import { docFromText, gap } from '../helpers.js';
import { extractClaims } from '../../src/extract/claims.js';
import type { Claim } from '../../src/extract/types.js';
import type { Document } from '../../src/document/types.js';

/**
 * Attributed claims: who said it (as the text names them, and which registry actor that is), the
 * sentence that carries it, the verb, and the content cut free of the attribution. Every fixture
 * here is invented for this file.
 */

const claimsIn = (text: string): { doc: Document; claims: Claim[] } => {
  const doc = docFromText(text);
  return { doc, claims: extractClaims(doc) };
};

/** The single claim a one-sentence fixture must give. */
function only(text: string): { doc: Document; claim: Claim } {
  const { doc, claims } = claimsIn(text);
  expect(claims.map((c) => c.claimant.name), `claims in: ${text}`).toHaveLength(1);
  return { doc, claim: claims[0] };
}


const content = (doc: Document, c: Claim) => doc.text.slice(c.content.start, c.content.end);
const summary = (claims: Claim[]) => claims.map((c) => ({ name: c.claimant.name, actor: c.claimant.actor?.id ?? null, verb: c.verb }));

describe('attribution before the content', () => {
  it('"X, the regional governor, said that …": apposition kept in the name, content after "that"', () => {
    const text = 'Serhiy Lysak, the regional governor, said that a Russian drone struck a grain depot in Nikopol overnight, injuring two workers.';
    const { doc, claim } = only(text);
    expect(claim.claimant.name).toBe('Serhiy Lysak, the regional governor');
    expect(claim.claimant.actor?.id).toBe('ua-lysak');
    expect(claim.claimant.actor?.side).toBe('UA');
    expect(claim.verb).toBe('said');
    expect(claim.quote.text).toBe(text);
    expect(content(doc, claim)).toBe('a Russian drone struck a grain depot in Nikopol overnight, injuring two workers.');
  });

  it('"says" without "that"', () => {
    const { doc, claim } = only('The Rapid Support Forces says its fighters seized the town of Babanusa in West Kordofan.');
    expect(claim.claimant.name).toBe('The Rapid Support Forces');
    expect(claim.claimant.actor?.id).toBe('sd-rsf');
    expect(claim.verb).toBe('says');
    expect(content(doc, claim)).toBe('its fighters seized the town of Babanusa in West Kordofan.');
  });

  it('"claimed" with a possessive ministry name ("Russia\'s defense ministry")', () => {
    const { doc, claim } = only("Russia's defense ministry claimed its forces had captured the village of Novopil in the Donetsk region.");
    expect(claim.claimant.name).toBe("Russia's defense ministry");
    expect(claim.claimant.actor?.id).toBe('ru-mod');
    expect(claim.claimant.actor?.side).toBe('RU');
    expect(claim.verb).toBe('claimed');
    expect(content(doc, claim)).toBe('its forces had captured the village of Novopil in the Donetsk region.');
  });

  it('"reported that" by "Ukraine\'s National Police"', () => {
    const { doc, claim } = only("Ukraine's National Police reported that two officers were injured by a drone in Kherson.");
    expect(claim.claimant.name).toBe("Ukraine's National Police");
    expect(claim.claimant.actor?.id).toBe('ua-national-police');
    expect(claim.verb).toBe('reported');
    expect(content(doc, claim)).toBe('two officers were injured by a drone in Kherson.');
  });

  it('"reported on Sunday that": the day and "that" are not part of the content', () => {
    const { doc, claim } = only('The army reported on Sunday that its troops had repelled an attack on El Fasher.');
    expect(claim.claimant.name).toBe('The army');
    expect(claim.verb).toBe('reported');
    expect(content(doc, claim)).toBe('its troops had repelled an attack on El Fasher.');
  });

  it('"said on Sunday" without "that"', () => {
    const { doc, claim } = only("Ukraine's military said on Sunday it had shot down 12 Russian drones over the Odesa region.");
    expect(claim.claimant.actor?.id).toBe('ua-armed-forces');
    expect(content(doc, claim)).toBe('it had shot down 12 Russian drones over the Odesa region.');
  });

  it('"announced that"', () => {
    const { claim } = only("Sudan's army announced that it had captured the presidential palace in Khartoum.");
    expect(claim.claimant.name).toBe("Sudan's army");
    expect(claim.claimant.actor?.id).toBe('sd-saf');
    expect(claim.verb).toBe('announced');
  });

  it('"stated that"', () => {
    const { doc, claim } = only('The Gaza Health Ministry stated that 31 people were killed in Israeli strikes on Khan Younis.');
    expect(claim.claimant.name).toBe('The Gaza Health Ministry');
    expect(claim.claimant.actor?.id).toBe('ps-gaza-moh');
    expect(claim.verb).toBe('stated');
    expect(content(doc, claim)).toBe('31 people were killed in Israeli strikes on Khan Younis.');
  });

  it('"told Reuters that": the speaker is the spokesman, not the outlet', () => {
    const text = 'An army spokesman told Reuters that 12 drones were shot down near Port Sudan.';
    const { claim } = only(text);
    expect(claim.claimant.name).toBe('An army spokesman');
    expect(claim.verb).toBe('told');
    expect(claim.quote.text).toBe(text);
  });

  it('"wrote on Telegram that": the channel is not part of the content', () => {
    const { doc, claim } = only("Ukraine's air force wrote on Telegram that Russia launched 80 drones overnight.");
    expect(claim.claimant.name).toBe("Ukraine's air force");
    expect(claim.verb).toBe('wrote');
    expect(content(doc, claim)).toBe('Russia launched 80 drones overnight.');
  });

  it('"warned that" with a named military', () => {
    // (A warning of what the speaker will do is a threat, no claim: see 'a warning of what is to come is no account'.)
    const { claim } = only("Israel's military warned that Hamas fighters had fired rockets from a school in Gaza City.");
    expect(claim.claimant.name).toBe("Israel's military");
    expect(claim.claimant.actor?.id).toBe('il-idf');
    expect(claim.verb).toBe('warned');
  });

  it('"insisted that"', () => {
    const { claim } = only('Peskov insisted that Russian forces were not targeting civilians in Sumy.');
    expect(claim.claimant.name).toBe('Peskov');
    expect(claim.claimant.actor?.id).toBe('ru-peskov');
    expect(claim.verb).toBe('insisted');
  });

  it('"accused X of …"', () => {
    const { doc, claim } = only('Hamas accused Israel of killing 20 people waiting for aid in Rafah.');
    expect(claim.claimant.name).toBe('Hamas');
    expect(claim.claimant.actor?.id).toBe('ps-hamas');
    expect(claim.verb).toBe('accused');
    expect(content(doc, claim)).toContain('killing 20 people waiting for aid in Rafah');
    expect(content(doc, claim)).not.toContain('accused');
  });

  it('"alleged that"', () => {
    const { doc, claim } = only('The RSF alleged that army drones struck a market in Nyala, killing 15 civilians.');
    expect(claim.claimant.name).toBe('The RSF');
    expect(claim.claimant.actor?.id).toBe('sd-rsf');
    expect(claim.verb).toBe('alleged');
    expect(content(doc, claim)).toBe('army drones struck a market in Nyala, killing 15 civilians.');
  });

  it('"denied that": a denial is the speaker\'s own claim', () => {
    const { doc, claim } = only("Russia's defense ministry denied that its missiles hit a hospital in Kyiv.");
    expect(claim.claimant.actor?.id).toBe('ru-mod');
    expect(claim.verb).toBe('denied');
    expect(content(doc, claim)).toBe('its missiles hit a hospital in Kyiv.');
  });

  it('"confirmed that"', () => {
    const { claim } = only('The RSF confirmed that its forces had withdrawn from the town of Wad Madani.');
    expect(claim.claimant.actor?.id).toBe('sd-rsf');
    expect(claim.verb).toBe('confirmed');
  });
});

describe('attribution after the content', () => {
  it('", Lysak said on Telegram."', () => {
    const text = 'Russian shelling damaged three houses in the village of Marhanets, Lysak said on Telegram.';
    const { doc, claim } = only(text);
    expect(claim.claimant.name).toBe('Lysak');
    expect(claim.claimant.actor?.id).toBe('ua-lysak');
    expect(claim.verb).toBe('said');
    expect(claim.quote.text).toBe(text);
    expect(content(doc, claim)).toBe('Russian shelling damaged three houses in the village of Marhanets');
  });

  it('", Lysak says." (present tense)', () => {
    const { doc, claim } = only('Five people were wounded in a Russian strike on Nikopol, Lysak says.');
    expect(claim.claimant.actor?.id).toBe('ua-lysak');
    expect(claim.verb).toBe('says');
    expect(content(doc, claim)).toBe('Five people were wounded in a Russian strike on Nikopol');
  });

  it('", the governor of Odesa told reporters."', () => {
    const { doc, claim } = only('Eight drones targeted the port of Izmail overnight, the governor of Odesa told reporters.');
    expect(claim.claimant.name).toBe('the governor of Odesa');
    expect(claim.verb).toBe('told');
    expect(content(doc, claim)).toBe('Eight drones targeted the port of Izmail overnight');
  });

  it('", Syniehubov wrote on Telegram."', () => {
    const { claim } = only('A Russian glide bomb struck a hospital in Kharkiv, Syniehubov wrote on Telegram.');
    expect(claim.claimant.name).toBe('Syniehubov');
    expect(claim.claimant.actor?.id).toBe('ua-syniehubov');
    expect(claim.verb).toBe('wrote');
  });

  it('", Zelensky warned."', () => {
    const { claim } = only('More Russian missile strikes on Kyiv are coming this week, Zelensky warned.');
    expect(claim.claimant.name).toBe('Zelensky');
    expect(claim.claimant.actor?.id).toBe('ua-zelensky');
    expect(claim.verb).toBe('warned');
  });

  it('", the Israeli military insisted."', () => {
    const { doc, claim } = only('Israeli troops had not entered the camp in Jenin, the Israeli military insisted.');
    expect(claim.claimant.name).toBe('the Israeli military');
    expect(claim.claimant.actor?.id).toBe('il-idf');
    expect(claim.verb).toBe('insisted');
    expect(content(doc, claim)).toBe('Israeli troops had not entered the camp in Jenin');
  });

  it('", the RSF alleged."', () => {
    const { claim } = only('The army killed 17 civilians in an air strike on a market in Nyala, the RSF alleged.');
    expect(claim.claimant.name).toBe('the RSF');
    expect(claim.claimant.actor?.id).toBe('sd-rsf');
    expect(claim.verb).toBe('alleged');
  });

  it('", the General Staff claimed."', () => {
    const { claim } = only('Russian forces struck Ukrainian positions near Kupiansk 40 times, the General Staff claimed.');
    expect(claim.claimant.name).toBe('the General Staff');
    expect(claim.claimant.actor?.id).toBe('ua-general-staff');
    expect(claim.verb).toBe('claimed');
  });

  it('", the Palestine Red Crescent Society announced."', () => {
    const { claim } = only('Two ambulances were destroyed in the drone attack, the Palestine Red Crescent Society announced.');
    expect(claim.claimant.name).toBe('the Palestine Red Crescent Society');
    expect(claim.claimant.actor?.id).toBe('ps-prcs');
    expect(claim.verb).toBe('announced');
  });

  it('", Lysak added." with a named speaker', () => {
    const { doc, claim } = only('The power substation in Nikopol was hit twice, Lysak added.');
    expect(claim.claimant.actor?.id).toBe('ua-lysak');
    expect(claim.verb).toBe('added');
    expect(content(doc, claim)).toBe('The power substation in Nikopol was hit twice');
  });

  it('", Sudan\'s army confirmed." and ", Kyiv insisted."', () => {
    const a = only("Forty people died in the attack on the Zamzam camp, Sudan's army confirmed.").claim;
    expect([a.claimant.name, a.claimant.actor?.id, a.verb]).toEqual(["Sudan's army", 'sd-saf', 'confirmed']);
    const b = only('Its troops had not withdrawn from Toretsk, Kyiv insisted.').claim;
    expect([b.claimant.name, b.claimant.actor?.id, b.verb]).toEqual(['Kyiv', 'ua-gov', 'insisted']);
  });

  it('inverted ", said Oleksandr Prokudin, the regional governor."', () => {
    const { claim } = only('Two civilians were killed in Kherson, said Oleksandr Prokudin, the regional governor.');
    expect(claim.claimant.name).toBe('Oleksandr Prokudin, the regional governor');
    expect(claim.claimant.actor?.id).toBe('ua-prokudin');
    expect(claim.verb).toBe('said');
    expect(claim.rule).toBe('inverted');
  });

  it('", according to the regional governor." at the end of the sentence', () => {
    const text = 'Twelve people were killed when a missile hit a bus station in Dnipro, according to the regional governor.';
    const { claim } = only(text);
    expect(claim.claimant.name).toBe('the regional governor');
    expect(claim.verb).toBe('according to');
    expect(claim.rule).toBe('according-to');
    expect(claim.quote.text).toBe(text);
  });
});

describe('quotations', () => {
  it('quotation first: "“…,” Lysak said."', () => {
    const text = '“Two rockets hit the outskirts of Nikopol and a power line was cut,” Lysak said.';
    const { doc, claim } = only(text);
    expect(claim.claimant.name).toBe('Lysak');
    expect(claim.claimant.actor?.id).toBe('ua-lysak');
    expect(claim.verb).toBe('said');
    expect(claim.quote.text).toBe(text);
    expect(content(doc, claim)).toContain('Two rockets hit the outskirts of Nikopol and a power line was cut');
    expect(content(doc, claim)).not.toContain('Lysak');
  });

  it('a two-sentence quotation after an attributed sentence is one claim of the same speaker', () => {
    const { claims } = claimsIn('Lysak said a drone hit a bus in Nikopol. “Two passengers were killed. Five others were taken to hospital with shrapnel wounds.”');
    expect(claims).toHaveLength(2);
    expect(claims[1].claimant.name).toBe('Lysak');
    expect(claims[1].claimant.actor?.id).toBe('ua-lysak');
    expect(claims[1].quote.text).toBe('“Two passengers were killed. Five others were taken to hospital with shrapnel wounds.”');
    expect(claims[1].rule).toBe('quote-continuation');
  });

  it('a two-sentence quotation closed by "he said" is one claim of the earlier speaker', () => {
    const { claims } = claimsIn('Lysak said a drone hit a bus in Nikopol. “Two passengers were killed. Five others were taken to hospital,” he said.');
    expect(claims).toHaveLength(2);
    expect(claims[1].claimant.actor?.id).toBe('ua-lysak');
    expect(claims[1].quote.text).toBe('“Two passengers were killed. Five others were taken to hospital,” he said.');
  });

  it('a quoted sentence after "“…,” the General Staff said." goes on with that statement: one claim', () => {
    const text = '“Our forces struck a command post near Kupiansk,” the General Staff said. “Three Russian tanks were destroyed in the attack.”';
    const { claims } = claimsIn(text);
    expect(summary(claims)).toEqual([{ name: 'the General Staff', actor: 'ua-general-staff', verb: 'said' }]);
    expect(claims[0].quote.text).toBe(text);
  });

  it('the same after "X said: “…”", in other words', () => {
    const text = 'The brigade commander said: “We held the crossing until dawn.” “Two of our vehicles burned.”';
    const { claims } = claimsIn(text);
    expect(claims.map((c) => c.quote.text)).toEqual([text]);
  });

  it('negative: the quotation in a new paragraph is a claim of its own', () => {
    const { claims } = claimsIn('“Our forces struck a command post near Kupiansk,” the General Staff said.\n\n“Three Russian tanks were destroyed in the attack.”');
    expect(claims.map((c) => c.quote.text)).toEqual(['“Our forces struck a command post near Kupiansk,” the General Staff said.', '“Three Russian tanks were destroyed in the attack.”']);
  });
});

describe('statement forms', () => {
  it('"X said in a statement that …" is X\'s claim', () => {
    const text = 'Hamas said in a statement that Israeli strikes killed 18 people in Gaza City.';
    const { claim } = only(text);
    expect([claim.claimant.name, claim.claimant.actor?.id, claim.verb]).toEqual(['Hamas', 'ps-hamas', 'said']);
    expect(claim.quote.text).toBe(text);
  });
});

describe('follow-on attributions resolve to the last matching claimant', () => {
  it('"He added" → the governor named just before', () => {
    const { doc, claims } = claimsIn('Kharkiv governor Oleh Syniehubov said a guided bomb hit a residential building, injuring nine people. He added that rescuers were still searching the rubble.');
    expect(claims).toHaveLength(2);
    expect(claims[0].claimant.name).toBe('Kharkiv governor Oleh Syniehubov');
    expect(claims[0].claimant.actor?.id).toBe('ua-syniehubov');
    expect(claims[1].claimant.name).toBe('Kharkiv governor Oleh Syniehubov');
    expect(claims[1].claimant.actor?.id).toBe('ua-syniehubov');
    expect(claims[1].verb).toBe('added');
    expect(claims[1].quote.text).toBe('He added that rescuers were still searching the rubble.');
    expect(content(doc, claims[1])).toBe('rescuers were still searching the rubble.');
    // The resolved claimant points at where the name was written.
    expect(claims[1].claimant.span).toEqual(claims[0].claimant.span);
  });

  it('"He added" skips an organisation that spoke in between and finds the person', () => {
    const { claims } = claimsIn("Lysak said a drone hit a bus in Nikopol. Ukraine's air force said 44 drones were launched overnight. He added that the bus driver was killed.");
    expect(claims.map((c) => c.claimant.name)).toEqual(['Lysak', "Ukraine's air force", 'Lysak']);
    expect(claims[2].claimant.actor?.id).toBe('ua-lysak');
  });

  it('"The ministry said later" → the ministry named earlier', () => {
    const { claims } = claimsIn("Russia's defense ministry said its forces had captured the village of Bahatyr. The ministry said later that 120 Ukrainian soldiers had been killed in the area.");
    expect(summary(claims)).toEqual([
      { name: "Russia's defense ministry", actor: 'ru-mod', verb: 'said' },
      { name: "Russia's defense ministry", actor: 'ru-mod', verb: 'said' },
    ]);
    expect(claims[1].quote.text).toBe('The ministry said later that 120 Ukrainian soldiers had been killed in the area.');
  });

  it('"The militant group said" speaks for the armed group named just before, even one that did not speak', () => {
    for (const text of [
      'Hamas fighters attacked an army post near Rafah on Tuesday. The militant group said in a statement that it had killed four soldiers.',
      'Hezbollah launched rockets at a base in the north overnight. The group said it had hit a radar site.',
    ]) {
      const { claims } = claimsIn(text);
      expect(claims.map((c) => c.claimant.actor?.type), text).toEqual(['armed-group']);
    }
    // Negative: with no armed group named before, the description stays as it is.
    const { claims } = claimsIn('The rebel group said in a statement that it had seized two villages.');
    expect(claims.map((c) => c.claimant.actor)).toEqual([null]);
  });

  it('a bare "the group said" after a group that spoke is that group, not an armed group named in between', () => {
    const { claims } = claimsIn('Fighters killed 57 people in a village in White Nile state, a local rights group said. '
      + 'The Rapid Support Forces stormed the village on Tuesday, killing residents and looting homes, the group said.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['local rights group', 'local rights group']);
  });

  it('"the army" in a story about one country\'s war is that country\'s armed forces', () => {
    const { claims } = claimsIn('Fighters shelled a market in El Fasher on Monday, killing six people, the RSF said. The army said it had repelled an attack on the city.');
    expect(claims.map((c) => c.claimant.actor?.side)).toEqual(['SD-RSF', 'SD-SAF']);
    // Negative: with no party named, or two countries' parties equally, "the army" stays unknown.
    expect(claimsIn('The army said it had repelled an attack on the city on Monday.').claims.map((c) => c.claimant.actor)).toEqual([null]);
    const two = claimsIn("Russia's defence ministry said it downed 30 drones. Ukraine's air force said it shot down 12 missiles. The army said the front was stable.");
    expect(two.claims[2].claimant.actor).toBeNull();
  });

  it('"The ministry" skips a General Staff that spoke in between', () => {
    const { claims } = claimsIn("Russia's defense ministry said its troops captured Stupochky. Ukraine's General Staff said it repelled 12 attacks near Kostiantynivka. The ministry said later that 25 Ukrainian drones were downed over Belgorod.");
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ru-mod', 'ua-general-staff', 'ru-mod']);
  });

  it('"It said" → the organisation named before', () => {
    const { claims } = claimsIn("Russia's defense ministry said its forces had captured the village of Bahatyr. It said air defences downed 41 Ukrainian drones over the Kursk region.");
    expect(claims).toHaveLength(2);
    expect(claims[1].claimant.name).toBe("Russia's defense ministry");
    expect(claims[1].claimant.actor?.id).toBe('ru-mod');
  });
});

describe('claimants with roles, titles and metonyms', () => {
  it('a title before the name: "Sudan\'s army spokesman Nabil Abdallah"', () => {
    const { claim } = only("Sudan's army spokesman Nabil Abdallah said the army had repelled an RSF attack on El Fasher.");
    expect(claim.claimant.name).toBe("Sudan's army spokesman Nabil Abdallah");
    expect(claim.claimant.actor?.id).toBe('sd-nabil-abdallah');
  });

  it('a bare role with no named official around keeps no actor', () => {
    const { claim } = only('The regional governor said 6 people were killed in the shelling of Kherson.');
    expect(claim.claimant.name).toBe('The regional governor');
    expect(claim.claimant.actor).toBeNull();
  });

  it('"the regional governor" next to a named governor takes that governor\'s actor, keeping its own name', () => {
    const { claims } = claimsIn('A drone hit a school in Sumy, injuring four children, the regional governor said. Lysak wrote on Telegram that the drone was one of 30 launched overnight.');
    expect(claims).toHaveLength(2);
    expect(claims[0].claimant.name).toBe('the regional governor');
    expect(claims[0].claimant.actor?.id).toBe('ua-lysak');
    expect(claims[1].claimant.name).toBe('Lysak');
  });

  it('an aside that says what the speaker is ("run by the British navy", "backed by Turkey") stands before the verb', () => {
    expect(only('The UK Maritime Trade Operations agency (UKMTO), run by the British navy, said a vessel was hit by a missile.')
      .claim.claimant.name).toBe('The UK Maritime Trade Operations agency (UKMTO)');
    expect(only('The Syrian National Army, backed by Turkey, said it had repelled an SDF attack near Manbij.').claim.claimant.name)
      .toBe('The Syrian National Army');
  });

  it('a utility named by what it runs: "national grid operator Ukrenergo", "the state power company"', () => {
    expect(only('National grid operator Ukrenergo said blackouts would last 16 hours in six regions.').claim.claimant.name)
      .toBe('National grid operator Ukrenergo');
    expect(only('The state railway company said two trains were damaged by a drone near Kharkiv.').claim.claimant.name)
      .toBe('The state railway company');
  });

  it('a title written short runs into the name: "Gov. Ivan Fedorov", "Lt. Gen. Petrov"', () => {
    expect(only('Shelling killed one person in Orikhiv, according to Zaporizhzhia Gov. Ivan Fedorov.').claim.claimant.name)
      .toBe('Zaporizhzhia Gov. Ivan Fedorov');
    expect(only('Two people died in Kherson, said regional Gov. Oleksandr Prokudin.').claim.claimant.name)
      .toBe('regional Gov. Oleksandr Prokudin');
    expect(only('Lt. Gen. Ivan Petrov said the line had held near Kupiansk.').claim.claimant.name).toBe('Lt. Gen. Ivan Petrov');
  });

  it('negative: a sentence that ends on such a word still ends there', () => {
    const { claims } = claimsIn('The strike hit the office of the Gov. The governor said nobody was hurt.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['The governor']);
  });

  it('negative: a bare role does not take the actor of an organisation speaking nearby', () => {
    const { claims } = claimsIn('Two medics were among the dead, a local official told the BBC. The Israeli military said it had struck Hezbollah depots.');
    expect(claims[0].claimant.actor).toBeNull();
    const other = claimsIn('A spokesman said the convoy was hit near Kassala. The Sudanese army said it had repelled an RSF attack.').claims;
    expect(other[0].claimant.actor).toBeNull();
  });

  it('negative: "a local official" next to a named minister is not the minister', () => {
    const { claims } = claimsIn('Five people were hurt in Nikopol, a local official said. Foreign Minister Andrii Sybiha said Russia was escalating.');
    expect(claims[0].claimant.actor).toBeNull();
  });

  it('metonyms: Moscow and the Kremlin are the Russian presidency, Kyiv the Ukrainian government', () => {
    expect(only('Moscow said its air defences downed 40 Ukrainian drones over the Bryansk region.').claim.claimant.actor?.id).toBe('ru-kremlin');
    const kremlin = only('The Kremlin said talks with Ukraine would resume in Istanbul next week.').claim;
    expect(kremlin.claimant.name).toBe('The Kremlin');
    expect(kremlin.claimant.actor?.id).toBe('ru-kremlin');
    const kyiv = only('Kyiv said 150 Ukrainian prisoners of war returned home in the latest exchange.').claim;
    expect(kyiv.claimant.name).toBe('Kyiv');
    expect(kyiv.claimant.actor?.id).toBe('ua-gov');
    expect(kyiv.claimant.actor?.side).toBe('UA');
  });

  it('"Moscow accused Kyiv of …": the accuser is the claimant, not the accused', () => {
    const { claim } = only('Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.');
    expect(claim.claimant.name).toBe('Moscow');
    expect(claim.claimant.actor?.side).toBe('RU');
  });

  it('unregistered collective sources keep their name and no actor', () => {
    const { claim } = only('Witnesses said RSF fighters looted the market in El Geneina and killed 12 traders.');
    expect(claim.claimant.name).toBe('Witnesses');
    expect(claim.claimant.actor).toBeNull();
  });

  it('a monitoring group named with "group" resolves to its registry entry', () => {
    const { claim } = only('The RSF allegedly executed 30 men in the village of Wad al-Nourah, the Emergency Lawyers group said.');
    expect(claim.claimant.name).toBe('the Emergency Lawyers group');
    expect(claim.claimant.actor?.id).toBe('sd-emergency-lawyers');
  });
});

describe('shape of the output', () => {
  const text = [
    "Russia's defense ministry said its forces had captured the village of Bahatyr.",
    'Russian shelling damaged three houses in the village of Marhanets, Lysak said on Telegram.',
    '“Two rockets hit the outskirts of Nikopol and a power line was cut,” Lysak said.',
    'He added that rescuers were still searching the rubble.',
    'Twelve people were killed when a missile hit a bus station in Dnipro, according to the regional governor.',
  ].join(' ');
  const { doc, claims } = claimsIn(text);

  it('finds one claim per attributed sentence, in document order', () => {
    expect(claims.map((c) => c.sentence)).toEqual([0, 1, 2, 3, 4]);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `${doc.id}:c${i}`));
  });

  it('quote, content and claimant spans point into the document text', () => {
    for (const c of claims) {
      expect(doc.text.slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
      expect(c.content.start).toBeGreaterThanOrEqual(c.quote.start);
      expect(c.content.end).toBeLessThanOrEqual(c.quote.end);
      expect(c.content.end).toBeGreaterThan(c.content.start);
      const s = doc.sentences[c.sentence];
      expect(c.quote.start).toBeGreaterThanOrEqual(s.start);
    }
    // Named (not resolved) claimants: the span is the name as written.
    for (const c of claims.filter((c) => c.rule !== 'quote-continuation' && !/^He\b/.test(c.quote.text))) {
      expect(doc.text.slice(c.claimant.span.start, c.claimant.span.end)).toBe(c.claimant.name);
    }
  });

  it('a fresh claim has no verification yet', () => {
    for (const c of claims) expect(c.verification).toEqual({ status: 'unstated', statements: [] });
  });

  it('a headline made from the first line is not a claim', () => {
    const { claims: cs } = claimsIn("Russia says it captured Bahatyr\n\nRussia's defense ministry said its forces had captured the village of Bahatyr.");
    expect(cs).toHaveLength(1);
    expect(cs[0].quote.text).toBe("Russia's defense ministry said its forces had captured the village of Bahatyr.");
  });
});

describe('known gaps (gaps since fixed run as plain tests)', () => {
  // Each of these is what a careful reader expects; the extractor does not do it yet.

  it('"According to X, …" at the start of a sentence gives a claim by X', () => {
    const { claims } = claimsIn('According to Sudan Doctors Network, at least 22 civilians were killed in RSF shelling of El Obeid.');
    expect(summary(claims)).toEqual([{ name: 'Sudan Doctors Network', actor: 'sd-doctors-network', verb: 'according to' }]);
  });

  it('"In a statement, X said …" gives a claim by X', () => {
    const { claims } = claimsIn('In a statement, the Israeli military said it struck 35 Hamas targets across Gaza overnight.');
    expect(summary(claims)).toEqual([{ name: 'the Israeli military', actor: 'il-idf', verb: 'said' }]);
  });

  it('"X, in a statement, said …" gives a claim by X', () => {
    const { claims } = claimsIn("Russia's defense ministry, in a statement, said its forces had captured the village of Bahatyr.");
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ru-mod']);
  });

  it('"X\'s statement said …" gives a claim by X', () => {
    const { claims } = claimsIn("The RSF's statement said its fighters had killed 50 soldiers.");
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['sd-rsf']);
  });

  it('a sentence-initial time adverbial ("On Sunday, the governor said …") does not hide the claim', () => {
    const { claims } = claimsIn('On Sunday, the governor said a drone hit a school in Sumy.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['the governor']);
  });

  it('"According to Reuters, X told …" is X\'s claim', () => {
    const { claims } = claimsIn('According to Reuters, Prokudin told local television that five people were killed in Kherson.');
    expect(summary(claims)).toEqual([{ name: 'Prokudin', actor: 'ua-prokudin', verb: 'told' }]);
  });

  it('a quotation that opens the article and runs over two sentences before "…,” Prokudin said." is one claim', () => {
    const text = '“Russian troops shelled the market in Kherson twice this morning. At least four people were killed and seven were wounded,” Prokudin said.';
    const { claims } = claimsIn(text);
    expect(claims.map((c) => ({ name: c.claimant.name, quote: c.quote.text }))).toEqual([{ name: 'Prokudin', quote: text }]);
  });

  it('"X said: “A. B.”" is one claim covering both quoted sentences', () => {
    const text = 'Prokudin said: “The enemy fired 30 shells at Kherson overnight. Three people were injured.”';
    const { claims } = claimsIn(text);
    expect(claims.map((c) => c.quote.text)).toEqual([text]);
  });

  gap('a multi-sentence quotation closed by a new speaker belongs to that speaker, not the previous one', () => {
    const { claims } = claimsIn('The RSF said its fighters had entered El Fasher. “We control the airport and the army headquarters. The siege is over. The city is ours,” an RSF commander said.');
    expect(claims).toHaveLength(2);
    expect(claims[1].claimant.name).toMatch(/RSF commander$/);
    expect(claims[1].quote.text).toBe('“We control the airport and the army headquarters. The siege is over. The city is ours,” an RSF commander said.');
  });


  it('"The Kremlin" after a "Moscow" claim keeps its own name as written (a capitalised name is no pointer back)', () => {
    const { claims } = claimsIn('Moscow said its air defences downed 40 drones over Bryansk. The Kremlin said talks in Istanbul would resume next week.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['Moscow', 'The Kremlin']);
  });

  gap('"Serhiy Lysak, the head of the … regional military administration" is Lysak, not the administration', () => {
    const { claims } = claimsIn('Serhiy Lysak, the head of the Dnipropetrovsk regional military administration, said two people were injured in Marhanets.');
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ua-lysak']);
  });

  gap('"Syniehubov, Kharkiv\'s governor" is Syniehubov, not the regional administration', () => {
    const { claims } = claimsIn("Syniehubov, Kharkiv's governor, said a drone struck a petrol station in Kupiansk.");
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ua-syniehubov']);
  });

  it('"Ukraine\'s air force" resolves to the Ukrainian Air Force (registry alias missing)', () => {
    const { claims } = claimsIn("Ukraine's air force wrote on Telegram that Russia launched 80 drones overnight.");
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ua-air-force']);
  });

  gap('"Ukrainian military bloggers" are not the Ukrainian armed forces', () => {
    const { claims } = claimsIn('Russian troops reportedly entered the outskirts of Kostiantynivka, Ukrainian military bloggers said.');
    expect(claims.map((c) => ({ name: c.claimant.name, actor: c.claimant.actor?.id ?? null }))).toEqual([{ name: 'Ukrainian military bloggers', actor: null }]);
  });

  it('"said in a statement that …": the content starts after "that"', () => {
    const { doc, claims } = claimsIn('Hamas said in a statement that Israeli strikes killed 18 people in Gaza City.');
    expect(claims.map((c) => content(doc, c))).toEqual(['Israeli strikes killed 18 people in Gaza City.']);
  });

  it('"told Reuters that …": the content is what was told, without the addressee', () => {
    const { doc, claims } = claimsIn('An army spokesman told Reuters that 12 drones were shot down near Port Sudan.');
    expect(claims.map((c) => content(doc, c))).toEqual(['12 drones were shot down near Port Sudan.']);
  });

  it('inverted ", said X, the regional governor": the content stops before "said"', () => {
    const { doc, claims } = claimsIn('Two civilians were killed in Kherson, said Oleksandr Prokudin, the regional governor.');
    expect(claims.map((c) => content(doc, c))).toEqual(['Two civilians were killed in Kherson']);
  });

  it('", according to X": the content stops before "according to"', () => {
    const { doc, claims } = claimsIn('Twelve people were killed when a missile hit a bus station in Dnipro, according to the regional governor.');
    expect(claims.map((c) => content(doc, c))).toEqual(['Twelve people were killed when a missile hit a bus station in Dnipro']);
  });

  it('one claim per speaker per sentence, also when the second mention is "the military"', () => {
    const { claims } = claimsIn('The Israeli military said it had intercepted two rockets over Sderot, and the military said a third fell in an open field.');
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['il-idf']);
  });
});

describe('a claim holds its content inside its quote', () => {
  // Fusion reads what a claim asserts from its quote alone (fuse.ts claimContent), not from the document.
  it('over every claim of the demo corpus, the content span lies in the quote and reads the same from either', async () => {
    const { readdirSync } = await import('node:fs');
    const { join, dirname } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { readSource } = await import('../../src/ingest/source.js');
    const { buildDocument } = await import('../../src/document/build.js');
    const { claimContent } = await import('../../src/fuse/fuse.js');
    const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'corpus');
    let n = 0;
    for (const f of readdirSync(corpus)) {
      for await (const item of readSource(join(corpus, f), {})) {
        if (!item.ok) continue;
        const doc = buildDocument(item.article);
        for (const c of extractClaims(doc)) {
          n++;
          expect(c.content.start).toBeGreaterThanOrEqual(c.quote.start);
          expect(c.content.end).toBeLessThanOrEqual(c.quote.end);
          expect(claimContent(c)).toBe(doc.text.slice(c.content.start, c.content.end));
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});

const claimantsOf = (text: string) => claimsIn(text).claims.map((c) => c.claimant.name);

describe('an aside between the speaker and the verb', () => {
  it('"X, in a video with Y on Monday, said …" is X\'s claim', () => {
    const names = claimantsOf('The defence minister, in a televised meeting with the president on Monday, said troops had taken Kurakhove.');
    expect(names).toEqual(['The defence minister']);
  });

  it('"X, speaking to reporters in Kyiv, said …" is X\'s claim', () => {
    expect(claimantsOf('General Oleksandr Syrskyi, speaking to reporters in Kyiv, said the line near Pokrovsk held.')).toEqual(['General Oleksandr Syrskyi']);
  });

  it('negative: an apposition that describes the speaker is no aside: the name stays with its description', () => {
    const names = claimantsOf('Project Relief, a charity based in Lviv, said two of its vans were hit.');
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^Project Relief, a charity/);
  });
});

describe('a relative clause between the speaker and the verb', () => {
  it('"X, who …, told an outlet that …" is X\'s claim, not the outlet\'s', () => {
    expect(claimantsOf('A local volunteer, who has been helping families leave the area, told Hromadske that shells hit the school.'))
      .toEqual(['A local volunteer']);
    expect(claimantsOf('Two police officers, who spoke on condition of anonymity, told the agency that six guards were killed.'))
      .toEqual(['Two police officers']);
  });
});

describe('who speaks when words stand between the speaker and the verb', () => {
  it('lower-case ", he said." / ", it said." after the content continues the last speaker', () => {
    const { claims } = claimsIn('Lysak said a drone hit a bus in Nikopol. Two passengers were killed, he said.');
    expect(claims.map((c) => c.claimant.actor?.id)).toEqual(['ua-lysak', 'ua-lysak']);
    const org = claimsIn('The Arakan Army said it captured a police post. Four soldiers surrendered at the post, it said.');
    expect(org.claims.map((c) => c.claimant.name)).toEqual(['The Arakan Army', 'The Arakan Army']);
  });

  it('negative: a pronoun inside the content is no speaker ("officials said it said nothing")', () => {
    const { claims } = claimsIn('The governor said it was too early to count the dead after the strike.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['The governor']);
  });

  it('a verb coordinated with an earlier speech verb keeps its speaker; "However," is not one', () => {
    for (const text of [
      'However, three police officers, who asked not to be named, told the agency that the unit never shelled the camp and denied the strike.',
      'Meanwhile, a navy spokesman told reporters the port was not hit and rejected the report.',
    ]) {
      const { claims } = claimsIn(text);
      expect(claims.map((c) => c.claimant.name), text).toHaveLength(1);
      expect(claims[0].claimant.name).not.toMatch(/^(However|Meanwhile)$/);
    }
  });

  it('negative: with no speech verb before it, "and said" still finds the sentence\'s subject', () => {
    const { claim } = only('The Kachin Independence Army overran the outpost on Tuesday and said 12 soldiers had surrendered.');
    expect(claim.claimant.name).toBe('The Kachin Independence Army');
  });

  it('"Residents of the town of X, about 40 km from Y, said": the residents speak, placed by the aside', () => {
    for (const [text, name] of [
      ['Residents in the key town of Lubero, about 50 kilometres north of Butembo, said the rebels had captured the town on Monday.', 'Residents in the key town of Lubero'],
      ['Witnesses from the village of Kanya said drones struck the market.', 'Witnesses from the village of Kanya'],
      ['Witnesses near the city of Wad Madani, some 180 km south of the capital, said fighters looted the grain stores.',
        'Witnesses near the city of Wad Madani'],
    ]) {
      const { claim } = only(text);
      expect(claim.claimant.name, text).toBe(name);
    }
  });

  it('negative: a name after the place noun does not speak for the place when a person is named', () => {
    const { claim } = only('The mayor of Kherson said two people died.');
    expect(claim.claimant.name).toBe('The mayor of Kherson');
  });
});

describe('more ways a source is named', () => {
  it('"Reports state that", "X released a statement saying", "X, which …, said", a blog or a numbered corps', () => {
    for (const [text, name] of [
      ['Reports state that the army bombed a fuel market in Omdurman.', 'Reports'],
      ['The Southern Command later released a statement saying that 14 militants were killed near the border.', 'The Southern Command'],
      ['The Frontline war blog, which maps the fighting from open sources, said 3 villages had changed hands.', 'The Frontline war blog'],
      ["Ukraine's 47th army corps said 12 assaults were repelled near Siversk.", "Ukraine's 47th army corps"],
    ]) {
      const { claim } = only(text);
      expect(claim.claimant.name, text).toBe(name);
    }
  });

  it('"X and state media said", "state-media", "…, said a rights group on Monday", "shared footage showing"', () => {
    for (const [text, name, said] of [
      ['Six people were killed in Tyre, the health ministry and state media said on Sunday.', 'the health ministry and state media', 'Six people were killed in Tyre'],
      ['Six people were killed in Tyre, the health ministry and state-media said.', 'the health ministry and state-media', 'Six people were killed in Tyre'],
      ['Shelling killed 9 people in the camp, said a rights group on Monday.', 'a rights group', 'Shelling killed 9 people in the camp'],
      ['Residents shared footage showing a clinic destroyed by shelling in Kadugli.', 'Residents', 'a clinic destroyed by shelling in Kadugli.'],
    ]) {
      const { doc, claim } = only(text);
      expect(claim.claimant.name, text).toBe(name);
      expect(content(doc, claim), text).toBe(said);
    }
  });

  it('negative: a map "showing" the front, "local media reports" as a noun, speak for no one', () => {
    expect(claimsIn('A map showing the front lines near Pokrovsk was published.').claims).toEqual([]);
  });

  it('"… led by X, who confirmed that …": the name the relative clause hangs on speaks', () => {
    const { claim } = only('The talks were hosted by the governor of Sumy, who said 4 drones were shot down overnight.');
    expect(claim.claimant.name).toBe('the governor of Sumy');
  });

  it('negative: "Lebanon\'s state news agency", a statement nobody put out "saying" are no claims of their own', () => {
    expect(claimsIn("Lebanon's state news agency reported nothing as 12 people were killed in Tyre.").claims.map((c) => c.verb))
      .not.toContain('state');
    expect(claimsIn('Signs saying 40 people were killed hung on the wall.').claims).toEqual([]);
  });
});

describe('names with a lower-case Arabic article or particle', () => {
  it('"al-", "el-", "bin-" joined to a name are part of the speaker, wherever they stand in it', () => {
    const cases: [string, string, string][] = [
      ['Abdel Fattah al-Burhan said the army had pushed back an assault on Babanusa.', 'Abdel Fattah al-Burhan', 'sd-burhan'],
      ['Hayat Tahrir al-Sham said its units had entered the outskirts of Hama.', 'Hayat Tahrir al-Sham', 'sy-hts'],
      ['Ahmed al-Sharaa said government forces had regained control of the coastal town of Jableh.', 'Ahmed al-Sharaa', 'sy-sharaa'],
      ['Yemeni President Rashad al-Alimi said on Monday that talks had stalled.', 'Yemeni President Rashad al-Alimi', 'ye-alimi'],
    ];
    for (const [text, name, actor] of cases) {
      const { claim } = only(text);
      expect([claim.claimant.name, claim.claimant.actor?.id], text).toEqual([name, actor]);
    }
  });

  it('negative: a lower-case word with a hyphen that is no name particle stays out of the speaker', () => {
    const { claim } = only('Pro-government fighters said they had shelled Houthi positions near Mocha.');
    expect(claim.claimant.name).toBe('Pro-government fighters');
    expect(claimsIn('The al-Amal hospital was hit twice on Sunday night.').claims).toEqual([]);
  });
});

describe('"… news agency said": the whole name speaks', () => {
  it('"news" inside an agency\'s name does not cut it to "agency"', () => {
    const cases: [string, string, string | null][] = [
      ['The official SUNA news agency said a drone hit a fuel depot in Kosti, killing three guards.', 'The official SUNA news agency', 'sd-suna'],
      ['The Houthi-run Saba news agency said an air strike hit a port in Ras Isa, killing four workers.', 'The Houthi-run Saba news agency', 'ye-saba-houthi'],
      ['The Saba news agency said an air strike hit a port in Ras Isa, killing four workers.', 'The Saba news agency', null],
    ];
    for (const [text, name, actor] of cases) {
      const { claim } = only(text);
      expect([claim.claimant.name, claim.claimant.actor?.id ?? null], text).toEqual([name, actor]);
    }
  });
});

describe('captures told with "taken", "retook", "recaptured"', () => {
  it('is a claim however the capture is worded', () => {
    for (const text of ['The army said it had retaken the bridge.', 'Russia said it had taken Andriivka.',
      'The army said it had recaptured the bridge.', 'The rebels said they took control of the airport on Sunday.']) {
      expect(claimsIn(text).claims, text).toHaveLength(1);
    }
  });
  it('but not an everyday "taken" or "took"', () => {
    expect(claimsIn('She said it had taken years to rebuild her life.').claims).toEqual([]);
    expect(claimsIn('He said the meeting took two hours.').claims).toEqual([]);
  });
});

describe('rebuttals and positions', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('a standing denial is a claim ("has always denied backing the M23")', () => {
    expect(names('Kigali has always denied backing the M23.')).toEqual(['Kigali']);
  });

  it('rejecting a position states one ("has rejected those demands", "rejected calls for a truce")', () => {
    expect(names('Kyiv has rejected those demands, calling them militarily untenable.')).toEqual(['Kyiv']);
    expect(names('Moscow has rejected calls from Western capitals for an unconditional ceasefire.')).toEqual(['Moscow']);
  });

  it('negative: a position rejected in the reporter\'s aside (", terms Kyiv rejected") is no claim of its own', () => {
    expect(names('The Russian delegation demanded a withdrawal of troops from four regions, terms Kyiv rejected.')).toEqual(['The Russian delegation']);
  });

  it('"rejected …, saying …" is the rebutter\'s own account (a claim, rule rebuttal); a bare "dismissed … as fake" too (rule denial)', () => {
    const doc = docFromText('The northern command rejected that version as "pure invention", saying only warehouses were hit.');
    expect(extractClaims(doc).map((c) => [c.claimant.name, c.rule])).toEqual([['The northern command', 'rebuttal']]);
    const bare = extractClaims(docFromText('Harbour officials dismissed the report as "fake".'));
    expect(bare.map((c) => [c.claimant.name, c.rule, c.verb])).toEqual([['Harbour officials', 'denial', 'dismissed']]);
  });

  it('a talks position or a denial with no casualty word ("the deal did not cover", "that account was untrue")', () => {
    expect(names('The rebels said the deal did not cover the northern ports.')).toEqual(['The rebels']);
    expect(names('Western diplomats said there was no sign of a breakthrough.')).toEqual(['Western diplomats']);
    expect(names('The Kremlin said that version of events was "untrue".')).toEqual(['The Kremlin']);
  });
});

describe('a rejection in the reporter\'s aside is no second claim', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('", a claim X rejected", "a charge X denied", "a report the army dismissed", ", claims X has rejected"', () => {
    for (const [text, speaker] of [
      ['The rebels said they had captured the port of Koro, a claim the government rejected.', 'The rebels'],
      ['Monitors said troops had shelled the camp, a charge Moscow denied.', 'Monitors'],
      ['Local bloggers said the bridge had been blown up, a report the army has repeatedly dismissed.', 'Local bloggers'],
      ['The ministry says its units have taken two villages, claims Kyiv has rejected.', 'The ministry'],
    ]) expect(names(text), text).toEqual([speaker]);
  });

  it('negative: a standing denial in the present tense is that party\'s stated position ("which Kigali denies")', () => {
    expect(names('Several governments say the neighbour is arming the rebels, an allegation which Kigali denies.'))
      .toEqual(['Several governments', 'Kigali']);
  });
});

describe('reporting a figure, and speakers reached through adverbs and person nouns', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('"put the death toll at", "gave a figure of", "raised the number of injured to", "revised the toll to"', () => {
    for (const [text, speaker] of [
      ['The health office in Kassala put the death toll from the shelling at 23.', 'The health office in Kassala'],
      ['The interior ministry gave a lower figure of about 40 police officers killed.', 'The interior ministry'],
      ['Later that evening, regional governor Ivan Petrenko raised the number of injured to nine.', 'regional governor Ivan Petrenko'],
      ['The rescue service revised the toll to 14 on Monday.', 'The rescue service'],
    ]) expect(names(text), text).toEqual([speaker]);
  });

  it('negative: an event that raises a toll is no speaker; "put" without a figure is no speech', () => {
    expect(names('Russian shelling raised the death toll in the town to 12.')).toEqual([]);
    expect(names('The strike raised the number of dead to 30.')).toEqual([]);
    expect(names('The army put 200 troops on the bridge.')).toEqual([]);
  });

  it('"… and now says", "… but later said": the subject speaks across an adverb', () => {
    expect(names('The Kachin army began its push in March, and now says it holds six border posts.')).toEqual(['The Kachin army']);
    expect(names('The brigade held the village for a week but later said its soldiers had pulled back.')).toEqual(['The brigade']);
  });

  it('"he" after "a member of the …" is that member', () => {
    const claims = extractClaims(docFromText('A drone hit the school at noon, a member of the local defence force told reporters. Another 14 people were hurt, he said.'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['member of the local defence force', 'member of the local defence force']);
  });

  it('"Hamas\' armed wing claimed responsibility, saying …"', () => {
    expect(names("Hamas' armed wing claimed responsibility, saying its fighters hit an armoured vehicle.")).toEqual(["Hamas' armed wing"]);
  });
});

describe('speakers told with a description or after a conjunction', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('"…, but a spokesman for X, Name, told …": the whole apposition after the conjunction', () => {
    expect(names('The ministry gave no details, but a spokesman for the eastern command, Petro Hrytsenko, told state television that two assaults were repelled.'))
      .toEqual(['a spokesman for the eastern command, Petro Hrytsenko']);
  });

  it('"analysts at X, a group that …, said": the description with a relative clause is cut off', () => {
    expect(names('Researchers at FrontWatch, a project that charts the line from satellite images, said the village was still held by Ukraine.'))
      .toEqual(['Researchers at FrontWatch']);
    expect(names('Analysts at FrontWatch, which tracks shelling, said 40 shells hit the town.')).toEqual(['Analysts at FrontWatch']);
  });

  it('"A civil society coordinator in X, Name, put the death toll at 41": a civil society speaker', () => {
    expect(names('A civil society leader in Beni, Jean Kasereka, put the death toll at 18.')).toEqual(['A civil society leader in Beni, Jean Kasereka']);
    expect(names('At least nine people died when shells hit the market, a local civil society group said.')).toEqual(['local civil society group']);
  });
});

describe('the speaker after a quotation is "one …" or "a …" person', () => {
  const claimsOf = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('"…,” said one pensioner, Name" and "…,” said a nurse": the person, not the last official', () => {
    expect(claimsOf('The governor said 12 people were killed in the strike. “Our whole street was hit by the shells,” said one pensioner, Vera, 70.'))
      .toEqual(['The governor', 'one pensioner, Vera, 70']);
    expect(claimsOf('The army said two drones were downed. “Three shells fell near the clinic,” said a nurse.'))
      .toEqual(['The army', 'a nurse']);
  });

  it('negative: "we" inside the quotation is the quoted person\'s word, never the last speaker', () => {
    expect(claimsOf('The Kremlin said the talks would resume. “We have confirmed the shelling stopped our trains,” said one pensioner, Vera.'))
      .toEqual(['The Kremlin', 'one pensioner, Vera']);
  });
});

describe('who a description hangs on, and speech inside speech', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('"X fighting alongside the army said", "a source close to the talks told": the speaker is X, with its description', () => {
    expect(names('The militia coalition fighting alongside the army said it had pushed the rebels out of Tawila.'))
      .toEqual(['The militia coalition fighting alongside the army']);
    expect(names('A diplomat close to the negotiations told reporters that 300 prisoners would be exchanged.'))
      .toEqual(['A diplomat close to the negotiations']);
    expect(names('Rescue workers affiliated with the local council said 14 bodies were recovered.'))
      .toEqual(['Rescue workers affiliated with the local council']);
  });

  it('a speaker inside what another is reported to say ("told the BBC that the Russian side had demanded") is no claim of its own', () => {
    expect(names('A Ukrainian official told the BBC that the Russian delegation had demanded a withdrawal from four regions.'))
      .toEqual(['A Ukrainian official']);
  });

  it('negative: a second speaker after "but" or "a day after" is a claim of its own', () => {
    expect(names("Russia's defence ministry said that its troops had taken the village, but Ukraine's army denied any such advance."))
      .toEqual(["Russia's defence ministry", "Ukraine's army"]);
  });

  it('negative: "a volunteer found her" is no finding', () => {
    expect(names('The shelter was hit by a missile on Monday, and a volunteer found her in the rubble.')).toEqual([]);
  });
});

describe('statements, participles and dashes', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('a statement speaks for who issued it ("The KIA\'s statement said", "A ministry statement seen by Reuters indicated")', () => {
    expect(names('The KIA’s statement said: “Junta jets bombed two villages and killed 9 farmers.”')).toEqual(['The KIA’s statement']);
    expect(names('A ministry statement seen by Reuters indicated that 70 fighters had been killed.')).toEqual(['A ministry statement']);
  });

  it('negative: "the statement adds to the confusion" is no speech', () => {
    expect(names('The statement adds to the confusion about who holds the village after the fighting.')).toEqual([]);
  });

  it('"X did Y, saying …" / "…, adding …" with no speech verb before: the subject speaks', () => {
    expect(names('President Amal Haddad on Sunday repeated her offer of talks, saying her government was ready to negotiate "in any format".'))
      .toEqual(['President Amal Haddad']);
    expect(names('The militia freed two hostages, adding that 5 more were still held.')).toEqual(['The militia']);
  });

  it('negative: "…, saying" after a speech verb, or with no speaker opening the sentence, adds no second claimant', () => {
    expect(names('The governor said 5 people died, adding that 12 were injured.')).toEqual(['The governor']);
    expect(names('On Friday, the shelling resumed, saying nothing of a truce.')).toEqual([]);
  });

  it('"X -- who … -- told": the speaker stands before the aside between dashes', () => {
    expect(names('Petrenko -- who has led the talks for Kyiv since March -- told reporters that 150 prisoners would be freed.')).toEqual(['Petrenko']);
    expect(names('Petrenko — a former commander — said 40 drones were shot down.')).toEqual(['Petrenko']);
  });

  it('"a spokesman for a unit fighting in the district said": the spokesman', () => {
    expect(names('On Friday, a spokesman for a unit fighting in the district said the village was destroyed by shelling.'))
      .toEqual(['spokesman for a unit fighting in the district']);
  });
});

describe('stated positions, documents and pointers back', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('a stated position in the future tense is a claim ("will not accept any agreement", "would host a summit")', () => {
    expect(names('Kyiv officials have also signalled they will not accept any agreement without security guarantees.'))
      .toEqual(['Kyiv officials']);
    expect(names('The Kenyan president said he would host a summit of regional leaders.')).toEqual(['The Kenyan president']);
  });

  it('a position on withdrawing, handing over weapons or targeting is a claim ("will not withdraw until …")', () => {
    for (const [text, speaker] of [
      ['Israel has said it will not withdraw from the corridor until the hostages are freed.', 'Israel'],
      ['The militia\'s leader has said it will not hand over its weapons while troops remain in the south.', 'The militia\'s leader'],
      ['Kyiv has said it will keep targeting Russian refineries as long as the strikes on its grid go on.', 'Kyiv'],
    ]) expect(names(text), text).toEqual([speaker]);
    // Negative: a forecast of nothing done is none.
    expect(names('Economists said fuel prices would probably rise this winter.')).toEqual([]);
  });

  it('a dateline with the agency in brackets is not part of the speaker ("KYIV, March 3 (AFP) - Name, …, said")', () => {
    expect(names('KYIV, March 3 (AFP) - Olena Marchenko, the deputy minister, said 14 drones were downed.'))
      .toEqual(['Olena Marchenko, the deputy minister']);
  });

  it('"The report listed …" / "…, the statement read": the party that put it out, a sentence before', () => {
    expect(names("Russia's Defence Ministry said 30 drones were downed overnight. The report listed 60 Ukrainian attacks near Kupiansk."))
      .toEqual(["Russia's Defence Ministry", "Russia's Defence Ministry"]);
    expect(names("Russia's Defence Ministry said drones attacked Tver overnight. Air defences downed 12 drones over the region, the statement read."))
      .toEqual(["Russia's Defence Ministry", "Russia's Defence Ministry"]);
  });

  it('negative: "read" with no document as subject is no speech', () => {
    expect(names('The poster on the wall read that five soldiers had died.')).toEqual([]);
  });

  it('"Earlier reports from the area said": reports speak; a later "it" is not those reports', () => {
    expect(names('The state news agency said the strike hit a mill. Earlier reports from the area said it was a school hit by two missiles. It said 4 workers died.'))
      .toEqual(['The state news agency', 'Earlier reports from the area', 'The state news agency']);
  });
});

describe('group words and person heads', () => {
  const claimsOf = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.claimant.actor?.id ?? null]);

  it('a bare plural "Rebels also claimed …" keeps its own words, with the armed group named before as its actor', () => {
    expect(claimsOf('HTS fighters pushed into Hama overnight. Rebels also claimed the capture of two villages on the highway.'))
      .toEqual([['Rebels', 'sy-hts']]);
  });

  it('"he" after "a member of the X militia" is the member even when the registry knows the militia', () => {
    const names = claimsOf('Two bombs hit the monastery, a member of the Myinmu PDF told reporters. Another 9 people were hurt, he said.').map((x) => x[0]);
    expect(names).toEqual(['member of the Myinmu PDF', 'member of the Myinmu PDF']);
  });

  it('a dateline in mixed case is cut from the speaker ("Beirut (AFP) - Jihadist-led rebels said")', () => {
    expect(claimsOf('Beirut (AFP) - Jihadist-led rebels said on Saturday they had taken most of the city.').map((x) => x[0]))
      .toEqual(['Jihadist-led rebels']);
  });
});

describe('a speaker opening a joined clause', () => {
  it('"…, and the interior ministry gave a lower figure of 30": the claim is what follows the speaker', () => {
    const doc = docFromText('Reporters could not check the toll, and the interior ministry gave a lower figure of around 30 police killed.');
    const claims = extractClaims(doc);
    expect(claims.map((c) => c.claimant.name)).toEqual(['the interior ministry']);
    expect(doc.text.slice(claims[0].content.start, claims[0].content.end)).toMatch(/^a lower figure of around 30 police killed/);
  });
});

describe('claims about infrastructure and plans', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('a plant knocked offline, a grid hit, a counteroffensive planned, a leader who will not take part', () => {
    expect(names('In Lviv region, a substation was knocked offline, according to regional governor Ivan Kozak.')).toEqual(['regional governor Ivan Kozak']);
    expect(names('Kyiv has said a counteroffensive would unfold over many months.')).toEqual(['Kyiv']);
    expect(names('The president later said he would not take part in the summit.')).toEqual(['The president']);
  });

  it('negative: "power" in a figure of speech is no claim word', () => {
    expect(names('“Without power in our hands we are nothing,” the pensioner told the radio.')).toEqual([]);
  });
});

describe('the content of a claim and its "that"', () => {
  it('"reported 60 deaths and 65 injuries, noting that these figures are preliminary": the content is the toll', () => {
    const doc = docFromText('The ministry said a strike hit the camp. They reported at least 60 deaths and 65 injuries, noting that these figures are preliminary.');
    const claims = extractClaims(doc);
    expect(claims.map((c) => c.claimant.name)).toEqual(['The ministry', 'The ministry']);
    expect(doc.text.slice(claims[1].content.start, claims[1].content.end)).toMatch(/^at least 60 deaths and 65 injuries/);
  });

  it('"who confirmed that discussions would continue" is a talks claim, not a bare forecast', () => {
    expect(extractClaims(docFromText('The delegation was led by Oleh Marchuk, who confirmed that discussions would continue on Friday.'))
      .map((c) => c.claimant.name)).toEqual(['Oleh Marchuk']);
  });
});

describe('a full name in an apposition, and counts after "said"', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);

  it('"A spokesman for the city\'s water board, Anna Koval, said": the full name speaks, with the description that opens the sentence', () => {
    expect(names("A spokesman for the city's water board, Anna Koval, said 2,000 homes lost supply after the strike."))
      .toEqual(["A spokesman for the city's water board, Anna Koval"]);
  });

  it('negative: "…, said 5,000 people fled" is content, not a speaker after the verb', () => {
    expect(names('Shelling hit the camp overnight, said 5,000 people fled.')).toEqual([]);
  });

  it('"…, said two residents" and "…, said Name, the local administrator" are speakers after the verb', () => {
    expect(names('Shells hit the market at noon, said two residents.')).toEqual(['two residents']);
    expect(names('Gunmen burned 20 homes, said Jean-Paul Mbeki, the local administrator.')).toEqual(['Jean-Paul Mbeki, the local administrator']);
  });
});

describe('a plural organisations speaker at the end of the sentence', () => {
  it('"…, local civil society organisations reported" is a claim by those organisations', () => {
    const cs = extractClaims(docFromText('Gunmen attacked two villages near Beni overnight, killing 30 people, local civil society organisations reported.'));
    expect(cs.map((c) => c.claimant.name)).toEqual(['local civil society organisations']);
  });
  it('negative: "organisations" as the object names no speaker ("aid organisations were evacuated")', () => {
    const cs = extractClaims(docFromText('Aid organisations were evacuated from Beni after the attack.'));
    expect(cs).toHaveLength(0);
  });
});

describe('a speaker described by a relative clause with no commas', () => {
  it('"A woman who fled the village told Radio Dabanga that …" is the woman\'s claim, not the outlet\'s', () => {
    const cs = extractClaims(docFromText('A woman who fled the village told Radio Dabanga that gunmen had killed her two brothers.'));
    expect(cs.map((c) => c.claimant.name)).toEqual(['A woman']);
  });
  it('another phrasing: "A doctor who works at the main hospital said …"', () => {
    const cs = extractClaims(docFromText('A doctor who works at the main hospital said 12 people had died overnight.'));
    expect(cs.map((c) => c.claimant.name)).toEqual(['A doctor']);
  });
  it('negative: a relative clause on the attackers names no speaker ("forces who entered the village killed …, officials said")', () => {
    const cs = extractClaims(docFromText('Soldiers who entered the village killed three people, officials said.'));
    expect(cs.map((c) => c.claimant.name)).toEqual(['officials']);
  });
});

describe('"the group" is the speaker its appositive called a group', () => {
  it('"…, according to the Darfur Bar Association, a lawyers\' group … the group said" is the association', () => {
    const { claims } = claimsIn('Gunmen killed 12 villagers near Kutum on Saturday, according to the Darfur Bar Association, a lawyers\' group that tracks abuses. Of the 12 dead, three were children, the group said.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['the Darfur Bar Association', 'the Darfur Bar Association']);
  });
  it('"…, said Airwars, a monitoring group. The group added …" with an armed group named in between', () => {
    const { claims } = claimsIn('RSF drones hit a clinic in Kadugli on Friday, said Airwars, a monitoring group. The group added that two nurses were hurt.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['Airwars', 'Airwars']);
  });
  it('negative: with no speaker called a group, "the group" is the armed group named last', () => {
    const { claims } = claimsIn('Residents said RSF fighters stormed the village at dawn. The group said it had pushed militias out.');
    expect(claims[1]?.claimant.actor?.id).toBe('sd-rsf');
  });
});

describe('a speaker\'s office named by its territory', () => {
  it('"the administrator of Beni territory said", "the mayor of Kutum town said", "the governor of Marib governorate said"', () => {
    for (const sp of ['the administrator of Beni territory', 'the mayor of Kutum town', 'the governor of Marib governorate']) {
      const { claims } = claimsIn(`Gunmen killed nine people near the market on Saturday, ${sp} said on Sunday.`);
      expect(claims.map((c) => c.claimant.name)).toEqual([sp]);
    }
  });
  it('negative: "killed in the town, police said" is the police, not the town', () => {
    const { claims } = claimsIn('Two people were killed in the town, police said.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['police']);
  });
});

describe('what a speaker says of fighters, the missing and the detained is a claim', () => {
  it('"There were no fighters at the monastery, he said" and "Several people are still missing, he added"', () => {
    const { claims } = claimsIn('A villager said the jet dropped two bombs at around 10 pm. There were no fighters at the monastery, he said. '
      + 'Several people are still missing, he added.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['A villager', 'A villager', 'A villager']);
  });
  it('negative: "The weather was cold, he said" tells nothing of the conflict', () => {
    const { claims } = claimsIn('A villager said the jet dropped two bombs. The weather was cold that night, he said.');
    expect(claims).toHaveLength(1);
  });
});

describe('blame is a claim', () => {
  it('"M23 blamed the army for the shelling" and "The ministry blames Druze militias for the attack" are claims of who did it', () => {
    for (const [text, who] of [['M23 blamed the Congolese army for the shelling of Minova on Sunday.', 'M23'],
      ['The Interior Ministry blames Druze militias for the attack on the checkpoint.', 'The Interior Ministry']]) {
      const { claims } = claimsIn(text);
      expect(claims.map((c) => c.claimant.name), text).toEqual([who]);
    }
  });
  it('negative: a noun "blame" is no speech ("The blame lies with the war")', () => {
    expect(claimsIn('The blame for the shelling lies with both armies.').claims).toEqual([]);
  });
});

describe('kin, colleagues and neighbours speak too', () => {
  it('"…, a colleague told L\'Orient Today", "His son said …", "a neighbour told AFP"', () => {
    for (const text of ['A paramedic died of his injuries in hospital on Monday, a colleague told L\'Orient Today.',
      'His son said the house was hit twice by drones on Sunday.', 'Two children were killed in the strike, a neighbour told AFP.']) {
      expect(claimsIn(text).claims, text).toHaveLength(1);
    }
  });
});

describe('a toll put at a number is about the conflict', () => {
  it('"Local authorities put the number at three", "The hospital put the toll at 16"', () => {
    for (const text of ['Local authorities put the number at three.', 'The hospital put the toll at 16 dead and 50 wounded.']) {
      expect(claimsIn(text).claims, text).toHaveLength(1);
    }
  });
  it('negative: "Rescuers who came under repeated fire were among the victims" has no speaker', () => {
    expect(claimsIn('Rescuers who came under repeated fire were among the victims.').claims).toEqual([]);
  });
});

describe('an adverb of time before the speaker', () => {
  it('"Later on Monday he raised the number of injured to six, saying …" is the governor\'s', () => {
    const { claims } = claimsIn('Governor Vyacheslav Gladkov said a drone struck a minibus, killing the driver. '
      + 'Later on Monday he raised the number of injured to six, saying two women had sought treatment on their own.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['Governor Vyacheslav Gladkov', 'Governor Vyacheslav Gladkov']);
  });
  it('negative: "Later" alone is never a speaker', () => {
    expect(claimsIn('Later, saying the town had been shelled, residents fled.').claims.map((c) => c.claimant.name)).not.toContain('Later');
  });
});

describe('civil society speaks', () => {
  it('"…, local civil society said" is a claim of civil society', () => {
    expect(claimsIn('At least 19 civilians were killed overnight in an attack attributed to the ADF, local civil society said.').claims
      .map((c) => c.claimant.name)).toEqual(['local civil society']);
  });
});

describe('two speakers in one sentence, each with a clause', () => {
  const contents = (text: string) => { const { doc, claims } = claimsIn(text); return claims.map((c) => doc.text.slice(c.content.start, c.content.end)); };
  it('the first speaker\'s content ends where the second one\'s clause begins', () => {
    expect(contents('Local officials blamed rebel mortars for the fire, while the rebels said soldiers had set the houses alight.'))
      .toEqual(['rebel mortars for the fire', 'soldiers had set the houses alight.']);
    expect(contents('The governor said two drones hit a depot; the ministry said all drones were shot down.'))
      .toEqual(['two drones hit a depot', 'all drones were shot down.']);
  });
  it('negative: a second speaker after the first one\'s content, with no clause of its own, cuts nothing', () => {
    expect(contents('Shells hit the market in Kupiansk on Monday, the governor said, citing police.'))
      .toEqual(['Shells hit the market in Kupiansk on Monday', 'Shells hit the market in Kupiansk on Monday']);
  });
});

describe('a speaker at a facility', () => {
  it('"Engineers at the plant", "Guards at the prison", "Staff at the port" speak', () => {
    for (const [text, name] of [
      ['Engineers at the plant said shelling had cut the cooling line.', 'Engineers at the plant'],
      ['Guards at the prison said two inmates were killed in the strike.', 'Guards at the prison'],
      ['Staff at the port said a missile hit a grain silo on Monday.', 'Staff at the port'],
    ]) expect(only(text).claim.claimant.name).toBe(name);
  });
  it('negative: a facility alone is no speaker', () => {
    expect(claimsIn('The plant said shelling had cut the cooling line.').claims).toHaveLength(0);
  });
});

describe('a description opening the sentence, then the speaker\'s name between commas', () => {
  it('"The army spokesman in the Sokola 1 operational sector, Captain X, confirmed …": the description is the speaker\'s', () => {
    const { doc, claim } = only('The army spokesman in the Sokola 1 operational sector, Captain Jean Mbala, confirmed the raid.');
    expect(claim.claimant.name).toBe('The army spokesman in the Sokola 1 operational sector, Captain Jean Mbala');
    expect(doc.text.slice(claim.content.start, claim.content.end)).toBe('the raid.');
  });
  it('negative: content before an apposed speaker stays the content', () => {
    const { doc, claim } = only('Shells killed four people in Kherson, the regional governor, Oleksandr Prokudin, said.');
    expect(doc.text.slice(claim.content.start, claim.content.end)).toBe('Shells killed four people in Kherson');
  });
});

describe('a rebuttal that calls the claim names and then says what happened', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);
  it('"rejected the accusation, calling it a fabrication and saying …" is the rebutting party\'s claim', () => {
    expect(names('The militia rejected the accusation, calling it "pure invention" and saying its men had not fired at the camp.'))
      .toEqual(['The militia']);
    expect(names('The army rejected the report, branding it a lie and saying its troops still held the bridge.')).toEqual(['The army']);
  });
  it('"calling it pure invention" with nothing after it is still the party\'s denial, a claim (README: denials are claims)', () => {
    expect(names('The militia rejected the accusation, calling it pure invention.')).toEqual(['The militia']);
  });
});

describe('a bare denial of an account is the denying party\'s claim', () => {
  const claims = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.rule]);
  it('a denial verb with an account as its object ("dismissed the report", "rejected that characterization")', () => {
    for (const [text, speaker] of [
      ['The navy dismissed the reports of a sunken patrol boat as "invented".', 'The navy'],
      ['Governor Petro Lysenko rejected that characterization.', 'Governor Petro Lysenko'],
      ['The interior ministry has denied the allegations.', 'The interior ministry'],
      ['Mykola Hrytsenko, a spokesman for the eastern group, disputed the figures.', 'Mykola Hrytsenko'],
    ]) expect(claims(text), text).toEqual([[speaker, 'denial']]);
  });
  it('a label verb with a word of falsehood ("called the footage staged", "branded the account a lie")', () => {
    expect(claims('The brigade called the footage "staged" and said it was shot far from the river.')).toEqual([['The brigade', 'denial']]);
    expect(claims('The militia branded the account a lie.')).toEqual([['The militia', 'denial']]);
  });
  it('negative: dismissing a person, rejecting an appeal, calling an attack a crime are no denial of an account', () => {
    expect(claims('The president dismissed the commander of the eastern group on Friday.')).toEqual([]);
    expect(claims('The court rejected the appeal of the two officers.')).toEqual([]);
    expect(claims('The mayor called the attack on the market a crime.')).toEqual([]);
  });
});

describe('"that" before a noun of time or place opens no content', () => {
  const contents = (text: string) => { const d = docFromText(text); return extractClaims(d).map((c) => d.text.slice(c.content.start, c.content.end)); };
  it('"said a drone hit the school that night", "had not fired at the city that day"', () => {
    expect(contents('The governor said a drone hit the school that night.')).toEqual(['a drone hit the school that night.']);
    expect(contents('The militia said its men had not fired at the market that day.')).toEqual(['its men had not fired at the market that day.']);
  });
  it('negative: "said that …" still opens the content after it', () => {
    expect(contents('The governor said that a drone hit the school.')).toEqual(['a drone hit the school.']);
  });
});

describe('a speaker after the content, with only where or how they said it after the verb', () => {
  const contents = (text: string) => { const d = docFromText(text); return extractClaims(d).map((c) => d.text.slice(c.content.start, c.content.end)); };
  it('"…, he said on Telegram, adding that …", "…, the mayor said on Monday, declaring …": the content is before the speaker', () => {
    expect(contents('A drone hit a depot in Engels, the governor said. One man was hurt by flying glass, he said on Telegram, '
      + 'adding that firefighters were still at the scene.')).toEqual(['A drone hit a depot in Engels', 'One man was hurt by flying glass']);
    expect(contents('Of the nine dead, four were children, the acting mayor said on Monday, declaring two days of mourning.'))
      .toEqual(['Of the nine dead, four were children']);
  });
  it('negative: "said on Monday that …" keeps what follows', () => {
    expect(contents('The acting mayor said on Monday that four children were among the nine dead.'))
      .toEqual(['four children were among the nine dead.']);
  });
});

describe('asides between a speaker and the verb', () => {
  it('"The ministry, for its part, said …", "the hospital, where the wounded were taken, put the toll at …"', () => {
    expect(only('The Russian ministry, for its part, said Ukraine had lost 215 soldiers in a week.').claim.claimant.name)
      .toBe('The Russian ministry');
    expect(only('Nasser Hospital, where the wounded were taken, put the toll at 16 dead.').claim.claimant.name).toBe('Nasser Hospital');
  });
});

describe('a ship\'s manager or owner speaks; "the Houthi claim" is a noun', () => {
  const claims = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.rule]);
  it('"The ship\'s Greek manager rejected the Houthi claim, saying …" is the manager\'s rebuttal', () => {
    expect(claims('The tanker\'s operator rejected the Houthi claim, saying the vessel had not been hit and sailed on.'))
      .toEqual([['The tanker\'s operator', 'rebuttal']]);
    expect(claims('The ship’s Greek manager rejected the Russian report, saying no missile had struck the ship.'))
      .toEqual([['The ship’s Greek manager', 'rebuttal']]);
  });
  it('a manager, an owner or a captain as the speaker ("the vessel\'s owner said")', () => {
    for (const [text, speaker] of [
      ['The vessel\'s owner said a drone had hit the bridge of the ship off Hodeidah.', 'The vessel\'s owner'],
      ['The ship manager said two sailors were wounded in the attack.', 'The ship manager'],
      ['The captain said a missile exploded a few metres from the hull.', 'The captain'],
    ]) expect(claims(text).map((c) => c[0]), text).toEqual([speaker]);
  });
  it('negative: a plural speaker\'s "claim" is a verb ("The Houthis claim they hit …")', () => {
    expect(claims('The Houthis claim they hit a British tanker with two missiles.').map((c) => c[0])).toEqual(['The Houthis']);
  });
});

describe('a denial of doing something, and a "that" inside what was said', () => {
  const claims = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.rule]);
  it('"denied losing any bases" is the denying party\'s claim; a standing denial ("has always denied backing") keeps its verb', () => {
    expect(claims('The Arakan Army, one of the strongest armed groups in the west, denied losing any bases near Sittwe.'))
      .toEqual([['The Arakan Army', 'denial']]);
    expect(claims('Rwanda has always denied backing the rebels.')).toEqual([['Rwanda', 'np-verb']]);
  });
  it('the content opens after the verb, not at a relative "that" inside it ("a round that fell on the market")', () => {
    const doc = docFromText('A rebel spokesman said the blast was caused by an army round that fell on the market.');
    const [c] = extractClaims(doc);
    expect(doc.text.slice(c.content.start, c.content.end)).toBe('the blast was caused by an army round that fell on the market.');
    // (A "that" right after the verb still opens the content.)
    const doc2 = docFromText('The governor told reporters in Kharkiv on Monday that a missile hit a school.');
    expect(doc2.text.slice(extractClaims(doc2)[0].content.start, extractClaims(doc2)[0].content.end)).toBe('a missile hit a school.');
  });
});

describe('a speaker with how they were reached, and a denial of the part one is blamed for', () => {
  const claims = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.rule]);
  it('"Two residents reached by phone said …", "a witness contacted by AFP said …" speak', () => {
    expect(claims('Two residents reached by phone said shells had hit homes near the market, killing a woman.').map((c) => c[0]))
      .toEqual(['Two residents reached by phone']);
    expect(claims('A witness contacted by AFP said troops had fired on the crowd in Mopti.').map((c) => c[0]))
      .toEqual(['A witness contacted by AFP']);
  });
  it('"denied any involvement", "denied responsibility" are the denying party\'s claim', () => {
    expect(claims('A militia spokesman denied any involvement and blamed a rival group.')).toEqual([['A militia spokesman', 'denial']]);
    expect(claims('The rebel group denied responsibility for the massacre.')).toEqual([['The rebel group', 'denial']]);
    // Negative: a standing denial is the party's position, a claim by its verb, no answer to one.
    expect(claims('The rebel group has always denied any role in the killings.')).toEqual([['The rebel group', 'np-verb']]);
  });
});

describe('a speaker named with who runs it ("the state-run National News Agency (NNA)")', () => {
  it('a compound of who runs, owns or backs the speaker is part of its name', () => {
    const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);
    expect(names('The state-run National News Agency (NNA) put the toll at three, saying a passer-by had also been killed.'))
      .toEqual(['The state-run National News Agency (NNA)']);
    expect(names('The Houthi-controlled Saba news agency said four people were killed in the strikes.'))
      .toEqual(['The Houthi-controlled Saba news agency']);
  });
});

describe('delegations speak', () => {
  const names = (text: string) => extractClaims(docFromText(text)).map((c) => c.claimant.name);
  it('"Both delegations said …", "the two delegations said …"', () => {
    expect(names('Both delegations said they had agreed to swap 300 prisoners each.')).toEqual(['Both delegations']);
    expect(names('The two delegations said the next round would be held in Geneva.')).toEqual(['The two delegations']);
  });
});

describe('a denial of reports nobody owns, against another party\'s account told whole', () => {
  const claims = (text: string) => extractClaims(docFromText(text)).map((c) => [c.claimant.name, c.rule]);
  it('"dismissed reports that the refinery had stopped processing as provocations" is the denying party\'s claim', () => {
    expect(claims('Local authorities dismissed reports that the refinery had stopped processing as provocations.'))
      .toEqual([['Local authorities', 'denial']]);
  });
  it('negative: "disputed Moscow\'s assertion that …", "a Ukrainian claim that …" tell the other side\'s account', () => {
    expect(claims('A brigade spokesman disputed Moscow\'s assertion that its units had entered the village of Dachne.')).toEqual([]);
    expect(claims('The ministry dismissed as fake a Ukrainian claim that two jets were destroyed at the airfield.')).toEqual([]);
  });
});

describe('officials named by their field keep it ("Greek shipping officials")', () => {
  it('shipping, maritime, customs, municipal officials are the whole phrase', () => {
    expect(claimantsOf('Greek shipping officials said the tanker had not been hit.')).toEqual(['Greek shipping officials']);
    expect(claimantsOf('British maritime officials gave an account, saying the ship had not been hit.')).toEqual(['British maritime officials']);
    expect(claimantsOf('Municipal officials said two schools were damaged by shelling.')).toEqual(['Municipal officials']);
  });
  it('negative: a word of time before the speaker is not part of it', () => {
    expect(claimantsOf('Later, customs officials said the crossing was shelled.')).toEqual(['customs officials']);
  });
});

describe('a shooting told is a claim about the conflict', () => {
  it('"said he had been shot", "said gunfire hit the bus"', () => {
    expect(claimantsOf('The ministry said he had been shot in the chest near his home.')).toEqual(['The ministry']);
    expect(claimantsOf('Police said gunfire hit a bus near the checkpoint.')).toEqual(['Police']);
  });
  it('negative: "shot a video" is still a claim only if it tells of the conflict, and opinion is none', () => {
    expect(claimantsOf('The mayor said he hoped the festival would go ahead.')).toEqual([]);
  });
});

describe('a speaker placed by "there" ("medics there said")', () => {
  it('the speaker is the noun before "there"', () => {
    expect(claimantsOf('The bodies were taken to Nasser Hospital, medics there said.')).toEqual(['medics']);
    expect(claimantsOf('Two people were killed in the strike, officials there said.')).toEqual(['officials']);
  });
  it('negative: "there" opening a sentence speaks of nothing', () => {
    expect(claimantsOf('There said to be many casualties, but no source was named.')).toEqual([]);
  });
});

describe('a name particle opening the speaker, and a reporter\'s "reporting from" aside', () => {
  it('"Al Jazeera\'s correspondent" keeps "Al"; "X, reporting from Y, said" is X', () => {
    expect(claimantsOf('Al Jazeera\'s correspondent said Israeli drones had struck the camp.')).toEqual(['Al Jazeera\'s correspondent']);
    expect(claimantsOf('The BBC\'s Jeremy Bowen, reporting from Kyiv, said drones had struck the city.')).toEqual(['The BBC\'s Jeremy Bowen']);
  });
  it('negative: a sentence-opening "And" is no part of the speaker', () => {
    expect(claimantsOf('And officials said drones had struck the city.')).toEqual(['officials']);
  });
});

describe('anaphoric speakers: "the same body", and a ministry of another kind', () => {
  it('"The same body said" is the organisation just named', () => {
    const { claims } = claimsIn('Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War said 40 men were freed. '
      + 'The same body said the remains of 900 soldiers had been returned.');
    expect(claims.map((c) => c.claimant.name)).toEqual([
      'Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War', 'Ukraine\'s Coordination Headquarters for the Treatment of Prisoners of War']);
  });
  it('"the defence ministry" after the interior ministry is not it; "the regional governor" is the governor named', () => {
    expect(claimantsOf('The Syrian interior ministry said two suspects were arrested. The defence ministry said 112 fighters were freed in the swap.'))
      .toEqual(['The Syrian interior ministry', 'The defence ministry']);
    expect(claimantsOf('Kharkiv Governor Oleh Syniehubov said two people were killed. The regional governor said four were injured.'))
      .toEqual(['Kharkiv Governor Oleh Syniehubov', 'Kharkiv Governor Oleh Syniehubov']);
  });
});

describe('a handover or swap told is about the conflict', () => {
  it('"The handover took place at the border, the ministry said" is a claim', () => {
    expect(claimantsOf('The handover took place on Friday at the Belarusian border, Russia\'s defence ministry said.'))
      .toEqual(['Russia\'s defence ministry']);
  });
  it('negative: a handover of a letter is no claim', () => {
    expect(claimantsOf('The ambassador said he had handed over a letter of protest.')).toEqual([]);
  });
});

describe('an authority speaking, a session scheduled, a plan to disarm', () => {
  it('"the local water authority said", "a session is scheduled", "its plan to disarm groups" are claims', () => {
    expect(claimantsOf('A drone struck the pumping station on Friday, the local water authority said.')).toEqual(['the local water authority']);
    expect(claimantsOf('The next session is scheduled for early next month, a Lebanese official told reporters.')).toEqual(['Lebanese official']);
    expect(claimantsOf('The Lebanese Army says it has completed the first phase of its plan to disarm groups in the south.'))
      .toEqual(['The Lebanese Army']);
  });
  it('negative: a session of parliament that opens with a prayer is not about the conflict', () => {
    expect(claimantsOf('The speaker said the spring session would open with a prayer.')).toEqual([]);
  });
});

describe('people released, and "sources indicate"', () => {
  it('"Two of them were released after a ransom was paid, one activist said"; "…, local sources indicate"', () => {
    expect(claimantsOf('Two of them were released on Monday after their families paid a ransom, one activist said.')).toEqual(['activist']);
    expect(claimantsOf('Residents have fled towards Oicha, fearing new attacks, local sources indicate.')).toEqual(['local sources']);
  });
  it('negative: a video released is no release of people', () => {
    expect(claimantsOf('The group said it released a video on Monday.')).toEqual([]);
  });
});

describe('a speaker named again by what it is', () => {
  it('"The organisation said" after the ICRC is the ICRC; "the monitor said" after the Syrian Observatory is it', () => {
    expect(claimantsOf('The International Committee of the Red Cross said more than 300 detainees were released. '
      + 'The organisation said 20 more were freed on Monday.'))
      .toEqual(['The International Committee of the Red Cross', 'The International Committee of the Red Cross']);
    expect(claimantsOf('The Syrian Observatory for Human Rights said 12 fighters were killed. The monitor said four were civilians.'))
      .toEqual(['The Syrian Observatory for Human Rights', 'The Syrian Observatory for Human Rights']);
  });
  it('negative: "the organisation" after a government speaks for no government', () => {
    expect(claimantsOf('The Syrian interior ministry said 12 fighters were killed. The organisation said four were civilians.'))
      .toEqual(['The Syrian interior ministry', 'The organisation']);
  });
});

describe('a speaker\'s name with particles, and a sentence opening with "But"', () => {
  it('"Ursula von der Leyen" is whole; "But Kremlin aide Yuri Ushakov" is the aide', () => {
    expect(claimantsOf('European Commission President Ursula von der Leyen said a new sanctions package was ready for Russia.'))
      .toEqual(['European Commission President Ursula von der Leyen']);
    expect(claimantsOf('But Kremlin aide Yuri Ushakov told Russian media that Putin had only agreed to study the ceasefire proposal.'))
      .toEqual(['Kremlin aide Yuri Ushakov']);
  });
  it('negative: a lower-case "de" that is no part of a name joins nothing', () => {
    expect(claimantsOf('Officials of the city said de facto authorities had shelled the market.')).toEqual(['Officials of the city']);
  });
});

describe('a victim said to have been unarmed is a claim about the conflict', () => {
  it('"identified one of the dead as a boy and said he was unarmed"', () => {
    expect(claimantsOf('Palestinian media identified one of the dead as a 16-year-old boy and said he was unarmed.'))
      .toEqual(['Palestinian media']);
  });
  it('negative: "said he was tired" is not', () => {
    expect(claimantsOf('The coach said he was tired after the long trip.')).toEqual([]);
  });
});

describe('a discourse aside between a speaker and the verb ("however", "by contrast", "for its part")', () => {
  it('the speaker stands before the aside, and the claim is found', () => {
    for (const [text, name] of [
      ['Ukrainian officials, however, said seven people had died in the strike.', 'Ukrainian officials'],
      ['The regional governor, by contrast, said nine civilians were wounded.', 'The regional governor'],
      ['The army, for its part, said the convoy had been hit by a mine.', 'The army'],
      ['The rebels, meanwhile, claimed they had shot down a helicopter.', 'The rebels'],
    ] as const) {
      const { doc, claim } = only(text);
      expect(claim.claimant.name, text).toBe(name);
      expect(content(doc, claim), text).not.toMatch(/however|contrast|its part|meanwhile/);
    }
  });
  it('negative: an apposition that is no discourse word still describes the speaker', () => {
    const { claim } = only('Oleh Syniehubov, the regional governor, said nine civilians were wounded.');
    expect(claim.claimant.name).toMatch(/Syniehubov/);
  });
});

describe('"he added" after a speaker named by role and then by name', () => {
  it('"…, the region\'s governor, Oleh Syniehubov, said. …, he added" is the governor, not a person named before', () => {
    const { claims } = claimsIn('Defence minister Rustem Umerov said the next round of talks was set. '
      + 'Shelling wounded three people in Kupiansk, the Kharkiv region\'s governor, Oleh Syniehubov, said. '
      + 'A woman was also hurt in Vovchansk, he added.');
    expect(claims[claims.length - 1].claimant.name).toMatch(/Syniehubov/);
  });
});

describe('a time adverbial before the speaker is not part of the speaker', () => {
  it('"Later that day X", "Earlier on Monday X", "On Monday X"', () => {
    for (const [text, name] of [
      ['Later that day the defence minister, Andrei Belousov, told the president that 30 soldiers were killed.', 'the defence minister, Andrei Belousov'],
      ['Earlier on Monday the Russian army said four drones were shot down over Kursk.', 'the Russian army'],
      ['On Monday the regional governor said two people were wounded by shelling.', 'the regional governor'],
    ] as const) {
      expect(only(text).claim.claimant.name, text).toBe(name);
    }
  });
  it('negative: "Earlier reports from the area said" keeps its adjective', () => {
    expect(only('Earlier reports from the area said a mill was hit by a strike.').claim.claimant.name).toBe('Earlier reports from the area');
  });
});

describe('what a speaker\'s head is for or of, in plain words', () => {
  it('"the coordination headquarters for prisoners of war", "the head of operations", "the commissioner for human rights"', () => {
    for (const [text, name] of [
      ['Ukraine received 900 bodies on Thursday, the coordination headquarters for prisoners of war said.', /headquarters for prisoners of war$/],
      ['Two shells hit the clinic, the head of operations said.', /^the head of operations$/],
      ['The convoy was shot at near Goma, the commissioner for human rights said.', /^the commissioner for human rights$/],
    ] as const) {
      expect(only(text).claim.claimant.name, text).toMatch(name);
    }
  });
  it('negative: "the head of the family" in the content is not the speaker', () => {
    expect(only('The strike killed the head of the family, relatives said.').claim.claimant.name).toBe('relatives');
  });
});

describe('"it" after a speaker named with a plural description', () => {
  it('"UNRWA, the UN agency for Palestinian refugees, said … No one was hurt, it said." is UNRWA', () => {
    const { claims } = claimsIn('The armed wing of the group said it had fired rockets at two towns. '
      + 'UNRWA, the UN agency for Palestinian refugees, said one of its convoys came under fire near the checkpoint. '
      + 'No one was hurt, it said.');
    expect(claims[claims.length - 1].claimant.name).toMatch(/^UNRWA/);
  });
});

describe('plural speakers with a bare present verb ("accuse", "allege", "insist", "maintain", "blame")', () => {
  it('"X and Y accuse Rwanda of …", "Residents blame the army …", "Both sides insist …" are claims', () => {
    for (const text of ['UN experts and several Western governments accuse Rwanda of arming the rebels.',
      'Residents blame the army for the shelling of the market.', 'Both sides insist they hit only military targets in the town.',
      'Rights groups allege that soldiers executed 12 detainees near the base.']) {
      expect(claimsIn(text).claims, text).toHaveLength(1);
    }
  });
  it('negative: "the blame for the attack" is a noun', () => {
    expect(claimsIn('The blame for the attack on the market lies with the army.').claims).toHaveLength(0);
  });
});

describe('"partners" as a speaker\'s head', () => {
  it('"health partners have recorded at least 40 civilians killed" is a claim of health partners', () => {
    expect(only('Since January, health partners have recorded at least 40 civilians killed by explosive weapons in Masisi.').claim.claimant.name)
      .toBe('health partners');
  });
});

describe('speakers joined by "and a"', () => {
  it('"…, a police officer and a local elder said" is one claim of both', () => {
    const { claim } = only('At least 13 people died when a car bomb exploded at a checkpoint in Beledweyne, a police officer and a local elder said.');
    expect(claim.claimant.name).toMatch(/police officer and a local elder$/);
  });
  it('negative: "a hospital said to shelter fighters" is no speaker', () => {
    expect(claimsIn('Troops shelled a school and a hospital said to shelter fighters.').claims).toHaveLength(0);
  });
});

describe('"the group" after an armed group opened the sentence before', () => {
  it('"The RSF rejected responsibility. In a statement, the group said …" is the RSF', () => {
    const { claims } = claimsIn('Shells hit a market in El Fasher, killing 19 people, a local volunteer group said. '
      + 'The RSF rejected responsibility. In a statement on Telegram, the group said it had not targeted any civilian area.');
    expect(claims[claims.length - 1].claimant.name).toBe('The RSF');
  });
  it('negative: with no armed group between, "the group" is the last group that spoke', () => {
    const { claims } = claimsIn('Shells hit a market in El Fasher, killing 19 people, a local volunteer group said. '
      + 'Rescue work went on into the night. In a statement, the group said most of the dead were traders.');
    expect(claims[claims.length - 1].claimant.name).toMatch(/volunteer group/);
  });
});

describe('"it said" in a sentence that opens with whose account it is', () => {
  it('"The army\'s account was very different: …, it said" is the army', () => {
    const { claims } = claimsIn('JNIM said its fighters had killed dozens of soldiers and taken the camp near Segou. '
      + 'The army\'s account was very different: the attack had been repelled, it said, and six soldiers had died.');
    expect(claims[claims.length - 1].claimant.name).toBe('The army');
  });
});

describe('"It said" after a sentence whose subject is an organisation that spoke no claim', () => {
  it('"Russia\'s Defense Ministry gave a very different picture. It said …" is the ministry, not the speaker before', () => {
    const { claims } = claimsIn('The Freedom of Russia Legion said its fighters had taken a village in the Belgorod region. '
      + 'Russia\'s Defense Ministry gave a very different picture. It said the attackers had been routed and pushed back.');
    expect(claims[claims.length - 1].claimant.name).toBe('Russia\'s Defense Ministry');
  });
});

describe('"repeated" as a speech verb, and positions on land', () => {
  it('"X repeated on Friday that …", "X has said repeatedly that Ukraine will not hand over land …" are claims', () => {
    expect(only('Kremlin spokesman Dmitry Peskov repeated on Friday that Moscow wants Ukrainian forces to leave the Donetsk region.')
      .claim.claimant.name).toBe('Kremlin spokesman Dmitry Peskov');
    expect(only('President Volodymyr Zelensky has said repeatedly that Ukraine will not hand over land it has defended.')
      .claim.claimant.name).toBe('President Volodymyr Zelensky');
  });
  it('negative: "its repeated appeals", "came under repeated fire" are no speech', () => {
    expect(claimsIn('The hospital came under repeated fire on Monday.').claims).toHaveLength(0);
    expect(only('The city suffered despite its repeated appeals for air defence, officials said.').claim.claimant.name).toBe('officials');
  });
});

describe('a time of day reached opens the sentence before its speaker', () => {
  it('"By the afternoon the regional governor, X, put the toll" is the governor\'s', () => {
    const claims = extractClaims(docFromText('Drones hit Kharkiv overnight, the mayor said. By the afternoon the regional '
      + 'governor, Oleh Syniehubov, put the toll at four dead.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toContain('the regional governor, Oleh Syniehubov');
  });
  it('"By late evening the ministry said" is the ministry\'s', () => {
    const claims = extractClaims(docFromText('By late evening the health ministry said nine people had died.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['the health ministry']);
  });
});

describe('a role with no name takes the named official before it', () => {
  it('"the governor" between two named governors is the one before', () => {
    const claims = extractClaims(docFromText('Regional governor Ivan Fedorov said two people were killed in Zaporizhzhia. '
      + 'By evening the governor had raised the toll to three. The governor of Russia\'s Belgorod region, Vyacheslav Gladkov, '
      + 'said a drone hit a car.', '2025-06-09'));
    const [first, second] = claims;
    expect(second.claimant.actor?.id).toBe(first.claimant.actor?.id);
  });
});

describe('figures named before whose they are', () => {
  it('"according to figures from Ukraine\'s General Staff" is the General Staff\'s', () => {
    const claims = extractClaims(docFromText('Russian losses topped 1,000 a day, according to figures from Ukraine\'s General Staff.',
      '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['Ukraine\'s General Staff']);
  });
  it('"according to data compiled by the UN" is the UN\'s', () => {
    const claims = extractClaims(docFromText('Some 300 people were killed, according to data compiled by the UN.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['the UN']);
  });
});

describe('no one as a speaker, and a description with a relative clause after an acronym', () => {
  it('"No group has claimed the attack" and "Neither side said" are no claims', () => {
    const claims = extractClaims(docFromText('Gunmen killed 15 farmers near Konduga on Monday, police said. No group has claimed the '
      + 'attack. Neither side said how many fighters died.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['police']);
  });
  it('"A leader of the Civilian Joint Task Force (CJTF), a vigilante group that works with the army, said" is the leader', () => {
    const claims = extractClaims(docFromText('A leader of the Civilian Joint Task Force (CJTF), a vigilante group that works with the '
      + 'army, said his men had recovered 20 bodies.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['A leader of the Civilian Joint Task Force (CJTF)']);
  });
  it('negative: a description whose verb is the sentence\'s own is no apposition', () => {
    const claims = extractClaims(docFromText('The militia, which took the town, said twelve fighters died.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['The militia']);
  });
});

describe('"By mid-afternoon" is a time, never a speaker', () => {
  it('no claimant is named "By"', () => {
    const claims = extractClaims(docFromText('Drones killed one person in Nikopol, the mayor said. By mid-afternoon the mayor said a '
      + 'second person had died.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['the mayor', 'the mayor']);
  });
});

describe('the armed group that just spoke, and a dateline that speaks for no one', () => {
  it('"The group, which captured Buthidaung in May, said" is the Arakan Army that spoke before, not a rights group', () => {
    const claims = extractClaims(docFromText('The Assistance Association for Political Prisoners, a rights group that tracks killings, '
      + 'says more than 5,400 civilians have been killed. The Arakan Army said on Wednesday that its fighters had overrun a police '
      + 'outpost near Maungdaw. The group, which captured Buthidaung in May, said it had seized weapons.', '2025-06-09'));
    expect(claims[2].claimant.actor?.id).toBe(claims[1].claimant.actor?.id);
  });
  it('"BANGKOK (Myanmar Now-style report) -" names no claimant', () => {
    const claims = extractClaims(docFromText('BANGKOK (Myanmar Now-style report) - Jets bombed a village in Sagaing Region on '
      + 'Tuesday, killing nine people, according to a local resistance group.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['a local resistance group']);
  });
});

describe('how a speaker was reached, and a figure never acknowledged', () => {
  it('"An army officer, reached by phone, said" and "…, contacted separately, insisted" are speakers', () => {
    const claims = extractClaims(docFromText('An army officer, reached by phone, said the positions were held. A second officer, '
      + 'contacted separately, insisted that all positions remained in government hands.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toHaveLength(2);
    expect(claims[0].claimant.name).toBe('An army officer');
  });
  it('"a figure the Houthis have never acknowledged" makes the Houthis no speaker', () => {
    const claims = extractClaims(docFromText('Local officials say 2,000 soldiers have been killed on the Marib fronts, a figure the '
      + 'Houthis have never acknowledged.', '2025-06-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['Local officials']);
  });
});

describe('relative clauses with verbs and dates, and a clause joined without a comma', () => {
  it('"The Israeli army, which announced its incursion on October 1, said" is the army', () => {
    const claims = extractClaims(docFromText('The Israeli army, which announced its incursion into Lebanon on October 1, said it had '
      + 'destroyed tunnels.', '2024-10-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['The Israeli army']);
  });
  it('"Hezbollah, which began firing a day after the attack of October 7, 2023, said" is Hezbollah', () => {
    const claims = extractClaims(docFromText('Hezbollah, which began firing on Israel a day after the attack of October 7, 2023, said '
      + 'it had fired rockets at Haifa.', '2024-10-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['Hezbollah']);
  });
  it('"The military declined to comment and a US official said …" is the official\'s claim', () => {
    const claims = extractClaims(docFromText('The Israeli military declined to comment and a US official said Washington had not '
      + 'carried out any strikes in Yemen.', '2024-10-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['a US official']);
  });
  it('negative: "The governor and the mayor said" is one claim of both', () => {
    const claims = extractClaims(docFromText('The governor and the mayor said three people died in Kherson.', '2024-10-09'));
    expect(claims.map((c) => c.claimant.name)).toEqual(['The governor and the mayor']);
  });
});

describe('milbloggers speak', () => {
  it('"Russian milbloggers claimed", "Another milblogger claimed" and "One milblogger, notably, wrote" are claims', () => {
    const claims = extractClaims(docFromText('Russian milbloggers claimed on Monday that Russian forces had captured the waste heaps near '
      + 'Avdiivka. Another milblogger claimed the same day that Ukrainian troops still held parts of the village. One prominent '
      + 'milblogger, notably, wrote that fighting for the heaps was ongoing.', '2023-11-21'));
    expect(claims).toHaveLength(3);
  });
});

describe('a label line is no speaker', () => {
  it('"Other notes: The Kremlin confirmed …" is the Kremlin\'s, not "Other"\'s', () => {
    const claims = extractClaims(docFromText('Other notes: The Kremlin confirmed that Russian forces had struck Kyiv.', '2023-11-21'));
    expect(claims.map((c) => c.claimant.name)).not.toContain('Other');
  });
});

describe('everyday people as speakers', () => {
  it('"a trader told reporters", "a fisherman said", "a pharmacist told AFP" each make a claim', () => {
    for (const [text, head] of [
      ['Two shells landed near the bus station in Kadugli on Friday, a trader told reporters.', 'trader'],
      ['A patrol boat opened fire on small craft off Hodeidah, a fisherman said.', 'fisherman'],
      ['Drones hit the only pharmacy still open in the district, a pharmacist told AFP.', 'pharmacist'],
    ]) {
      const { claim } = only(text);
      expect(claim.claimant.name).toContain(head);
    }
  });
  it('negative: a victim of the attack is not its speaker ("killing a trader, police said")', () => {
    const { claim } = only('A drone struck a van near Kupiansk, killing a trader, police said.');
    expect(claim.claimant.name).toBe('police');
  });
});

describe('"assessed that" is an assessment told; "assessed the damage" is not', () => {
  it('"The think tank assessed that Russian forces had advanced" makes a claim', () => {
    const { claim } = only('The Institute for the Study of War assessed that Russian forces had advanced west of Siversk.');
    expect(claim.verb).toBe('assessed');
  });
  it('negative: "engineers assessed the damage to the bridge" makes none', () => {
    const { claims } = claimsIn('Engineers assessed the damage to the bridge after the strike on Zatoka.');
    expect(claims).toEqual([]);
  });
  it('a quotation of burning and looting is an account, not rhetoric', () => {
    const { claim } = only('"They came before sunrise and burned every hut," said Adam Issa, a herder from the village.');
    expect(claim.claimant.name).toContain('Adam Issa');
  });
});

describe('"it" after an organisation the registry does not know', () => {
  it('"The so-called Border Guard, a coalition of clans, rejected the account. In a statement, it said …" is that guard', () => {
    const { claims } = claimsIn('The interior ministry said six policemen were killed near the village. The so-called Border Guard, a '
      + 'coalition of clan fighters, rejected the account. In a statement, it said its men still held the hills around the village.');
    expect(claims[claims.length - 1].claimant.name).toBe('The so-called Border Guard');
  });
  it('negative: "it" after a sentence that opens with a person is not that person', () => {
    const { claims } = claimsIn('The interior ministry said six policemen were killed near the village. Colonel Omar Haddad, a local '
      + 'commander, rejected the account. In a statement, it said the toll was higher.');
    const last = claims.find((c) => c.quote.text.includes('toll was higher'));
    expect(last?.claimant.name ?? '').not.toContain('Haddad');
  });
});

describe('"claimed to have …" and an adverb between speaker and verb', () => {
  it('"The army claimed to have captured Kupiansk" is a claim with its content', () => {
    const { doc, claim } = only('The army claimed to have captured Kupiansk.');
    expect(content(doc, claim)).toBe('to have captured Kupiansk.');
  });
  it('"The Russian army meanwhile claimed …", "Kyiv, however, said …" keep their speakers', () => {
    expect(only('The Russian army meanwhile claimed to have taken the village of Novoselivka.').claim.claimant.name).toBe('The Russian army');
    expect(only('Kyiv, however, said its troops were still in the village of Novoselivka.').claim.claimant.name).toBe('Kyiv');
  });
  it('negative: "told to Reuters" is still skipped before the content', () => {
    const { doc, claim } = only('The army told Reuters on Sunday that it had captured Kupiansk.');
    expect(content(doc, claim)).toBe('it had captured Kupiansk.');
  });
});

describe('"…, claims Kyiv quickly pushed back on"', () => {
  it('a noun "claims" followed by a clause with a past verb is no inverted speaker', () => {
    const { claims } = claimsIn('Russia\'s Defence Ministry said its forces had taken the town of Rodynske, claims Kyiv quickly pushed back on.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['Russia\'s Defence Ministry']);
  });
  it('negative: "…, claims Russia\'s defence ministry." is still an inverted speaker', () => {
    expect(only('The town of Rodynske was captured on Sunday, claims Russia\'s defence ministry.').claim.claimant.name)
      .toBe('Russia\'s defence ministry');
  });
});

describe('claims about ground, ships and holding', () => {
  it('"Tanks pushed into X overnight, residents told Al Jazeera, amid gunfire" is the residents\' claim', () => {
    expect(only('Israeli tanks pushed into the Tal al-Sultan area of western Rafah overnight, residents told Al Jazeera, amid '
      + 'heavy gunfire.').claim.claimant.name).toBe('residents');
  });
  it('"The manager dismissed the description, saying the vessel had no British owners" is the manager\'s claim', () => {
    expect(only('The ship\'s manager dismissed the description, saying the vessel had no British owners.').claim.claimant.name)
      .toBe('The ship\'s manager');
  });
  it('"\'The base never fell,\' the commander told reporters" is a claim, not rhetoric', () => {
    expect(only('"The base never fell," the sector commander, Col. Ali Warsame, told reporters on Thursday.').claim.claimant.name)
      .toContain('Warsame');
  });
  it('negative: "\'Partners must be ready in real terms,\' he said" is still rhetoric', () => {
    const { claims } = claimsIn('President Zelenskyy spoke on Monday. "Partners must be ready to help in real terms," he said.');
    expect(claims).toEqual([]);
  });
});

describe('speakers and verbs seen in unseen reporting', () => {
  it('a time is no claimant: "Last Friday, X met Y … and later said" gives no claim by "Last Friday"', () => {
    const { claims } = claimsIn('Last Friday, the envoy met the president in Anchorage and later said a peace deal should be the goal.');
    expect(claims.map((c) => c.claimant.name)).not.toContain('Last Friday');
  });
  it('"Medical sources tell Al Jazeera that …" (present "tell") and "the Joint Forces grouping said" speak', () => {
    expect(only('Medical sources tell Al Jazeera that strikes killed at least 52 people across Gaza since dawn.').claim.claimant.name)
      .toBe('Medical sources');
    expect(only('"This is a lie. Kupiansk is under our control," the Joint Forces grouping said.').claim.claimant.name)
      .toBe('the Joint Forces grouping');
  });
  it('"The regime says it targets only armed groups" and "trucks remain stuck at the crossing" are claims', () => {
    expect(only('The regime says it targets only armed groups.').claim.claimant.name).toBe('The regime');
    expect(only('The UN says dozens of aid trucks remain stuck at the Kerem Shalom crossing.').claim.claimant.name).toBe('The UN');
  });
  it('negative: "would not disclose details of its targets" is no claim', () => {
    expect(claimsIn('The navy said it would not disclose which sites its jets had hit.').claims).toEqual([]);
  });
});

describe('a claim told before its speaker, with the reporter\'s aside after ("…, X said, an account later …")', () => {
  it('is the words before the speaker, whatever the length of the aside', () => {
    for (const text of [
      'Three people were wounded in Kherson, Governor Oleksandr Prokudin said, figures later confirmed by the police.',
      'Two drones hit a depot near Dnipro, the regional governor said, an account that the army has not disputed.',
    ]) {
      const claims = extractClaims(docFromText(text, '2025-06-09'));
      expect(claims.map((c) => text.slice(c.content.start, c.content.end)), text).toEqual([text.slice(0, text.indexOf(','))]);
    }
  });
});

describe('broadcasters as speakers ("state television", "the rebels\' Al-Masirah satellite channel")', () => {
  it('a television, radio or satellite channel speaks, with who owns it', () => {
    for (const [text, name] of [
      ['Syrian state television said the blast hit a checkpoint.', 'Syrian state television'],
      ['The rebels\' Al-Masirah satellite channel said the strikes hit homes.', 'The rebels\' Al-Masirah satellite channel'],
      ['Opposition radio said the convoy was ambushed near Gao.', 'Opposition radio'],
    ]) expect(extractClaims(docFromText(text, '2025-06-09')).map((c) => c.claimant.name), text).toEqual([name]);
  });
  it('negative: a television set that is spoken of is no speaker', () => {
    expect(extractClaims(docFromText('The television was broken, she said.', '2025-06-09')).map((c) => c.claimant.name))
      .not.toContain('The television');
  });
});

describe('an account that goes on to a plan is still an account', () => {
  it('"announced that troops had cleared X and that an office would be set up": a claim', () => {
    const { claims } = claimsIn('The president announced on Friday that troops had cleared the village of Andriivka and that a '
      + 'garrison would be set up there.');
    expect(claims.map((c) => c.claimant.name)).toEqual(['The president']);
  });
  it('negative: a plan alone is no account', () => {
    expect(claimsIn('The mayor announced on Friday that a new shelter would be set up there.').claims).toEqual([]);
  });
});

describe('a warning of what is to come is no account', () => {
  const names = (text: string) => claimsIn(text).claims.map((c) => c.claimant.name);
  it('forecasts and threats told with "warned": no claim', () => {
    expect(names('Relief agencies have warned that a siege of the city could lead to famine.')).toEqual([]);
    expect(names('The defence minister warned that the militia would pay a heavy price for every rocket.')).toEqual([]);
    expect(names('The rebel leader warned on Sunday that his fighters would widen their attacks.')).toEqual([]);
  });
  it('negative: a warning about what happened, or joined to an account of the speaker\'s own, stays', () => {
    expect(names('The governor warned that two drones had struck a fuel depot overnight.')).toEqual(['The governor']);
    expect(names('The ministry is demanding the withdrawal of all troops and has warned it will resume strikes if talks fail.'))
      .toEqual(['The ministry']);
  });
});

describe('comment in the present is no account', () => {
  const names = (text: string) => claimsIn(text).claims.map((c) => c.claimant.name);
  it('a quotation all in the present, with no figure, no ground and no act of war: no claim', () => {
    expect(names('"Drones are cheap, and the city is close," said Lena Holm, an analyst at a Danish think tank.')).toEqual([]);
    expect(names('"Every month the front creeps a little nearer," said a shopkeeper in the town.')).toEqual([]);
  });
  it('negative: a present-tense account of attacks, ground held, blame or a rebuttal stays', () => {
    expect(names('"The enemy is shelling our villages every night," the governor said.')).toEqual(['the governor']);
    expect(names('"Our units are still holding the northern districts," the brigade spokesman said.'))
      .toEqual(['the brigade spokesman']);
    expect(names('"Responsibility for these crimes lies with the militia," said Anna Berg, head of the monitoring mission.'))
      .toEqual(['Anna Berg, head of the monitoring mission']);
    expect(names('"The enemy is declaring victory too early," the army spokesman said.')).toEqual(['the army spokesman']);
    expect(names('"Four people are dead and nine are in hospital," the mayor said.')).toEqual(['the mayor']);
  });
});

describe('speakers named in the plural, by a description with a verb\'s form, or with a relative clause', () => {
  const names = (text: string) => extractClaims(docFromText(text, '2025-06-09')).map((c) => c.claimant.name);
  it('plural bodies and outlets speak ("Local newspapers said", "Both brigades said")', () => {
    expect(names('Local newspapers said on Monday that troops had pushed back an assault near the town.'))
      .toEqual(['Local newspapers']);
    expect(names('Army-run newspapers reported that rebels had shelled a market in Lashio.')).toEqual(['Army-run newspapers']);
    expect(names('Both brigades said they had repelled attacks near Chasiv Yar.')).toEqual(['Both brigades']);
  });
  it('a description between commas may hold a verb\'s form after its article ("the state oil company")', () => {
    expect(names('Naftogaz, the state oil and gas company, said missiles had struck a gas plant in Poltava.'))
      .toEqual(['Naftogaz, the state oil and gas company']);
    expect(names('Ukrenergo, the state grid operator, said power was cut in three regions after a missile strike.'))
      .toEqual(['Ukrenergo, the state grid operator']);
  });
  it('a body with a relative clause after the content speaks ("…, the administration that runs the north said")', () => {
    expect(names('A drone hit a wedding convoy near Kobani, killing four, the Kurdish-led administration that governs the area said.'))
      .toEqual(['the Kurdish-led administration']);
    expect(names('The agency which tracks the war said 12 people were killed in the raid.')).toEqual(['The agency']);
  });
  it('negative: in "people that Russia says are soldiers" Russia speaks, not the people', () => {
    expect(names('Kyiv received the remains of 900 people that Russia says are fallen soldiers.')).toEqual(['Russia']);
  });
});

describe('a noun after "said" with its own verb opens what is said; it is no speaker told last', () => {
  const names = (text: string) => extractClaims(docFromText(text, '2025-06-09')).map((c) => c.claimant.name);
  it('"…, Hassan, said the driver was a shopkeeper" is no claim of the driver\'s', () => {
    expect(names('The man who lost two sons, Karim, said the driver was a baker with no links to any group.'))
      .not.toContain('the driver');
    expect(names('Four people were hurt, the mayor said, and the driver was among them.')).not.toContain('the driver');
  });
  it('negative: a speaker told after the content still speaks', () => {
    expect(names('Four people were hurt in the blast, said the regional governor, who visited the site.'))
      .toEqual(['the regional governor']);
  });
});

describe('accounts of captivity and abuse are accounts', () => {
  const names = (text: string) => extractClaims(docFromText(text, '2025-06-09')).map((c) => c.claimant.name);
  it('beatings, detention, starvation told by a speaker', () => {
    expect(names('Kovalenko said the freed men were beaten in detention.')).toEqual(['Kovalenko']);
    expect(names('The ombudsman said prisoners had been starved and given electric shocks.')).toEqual(['The ombudsman']);
  });
  it('an inner speaker a few words after the outer verb is part of the outer claim', () => {
    expect(names('Kovalenko said several of the returned soldiers reported beatings in Russian captivity.'))
      .toEqual(['Kovalenko']);
  });
  it('negative: small talk is no account', () => {
    expect(names('Kovalenko said the weather in Kyiv was cold.')).toEqual([]);
  });
});
