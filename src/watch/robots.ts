/**
 * robots.txt (RFC 9309) for pages: the rules of the group that names us (`sitrep`), else of `*`; the longest
 * matching rule wins, Allow over Disallow on a tie; `*` and `$` in paths. Fetched once per origin per day.
 */
export interface RobotsRules { allow: string[]; disallow: string[] }

export function parseRobots(text: string, agent = 'sitrep'): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = [];
  let current: { agents: string[]; rules: RobotsRules } | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) { current = { agents: [], rules: { allow: [], disallow: [] } }; groups.push(current); }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === 'allow' && value) current.rules.allow.push(value);
    if (key === 'disallow' && value) current.rules.disallow.push(value);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && agent.toLowerCase().startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  return { allow: chosen.flatMap((g) => g.rules.allow), disallow: chosen.flatMap((g) => g.rules.disallow) };
}

const ruleRegex = (rule: string) => new RegExp(`^${rule.replace(/[.+?^{}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\\\$$|\$$/, '$')}`);

/** Is this path (with its query) allowed? */
export function robotsAllow(rules: RobotsRules, pathAndQuery: string): boolean {
  let best = -1;
  let allowed = true;
  for (const [list, verdict] of [[rules.disallow, false], [rules.allow, true]] as const) {
    for (const r of list) {
      if (!ruleRegex(r).test(pathAndQuery)) continue;
      if (r.length > best || (r.length === best && verdict)) { best = r.length; allowed = verdict; }
    }
  }
  return allowed;
}
