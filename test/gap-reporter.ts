import type { Reporter } from 'vitest/reporters';
import type { RunnerTestFile, RunnerTask } from 'vitest';

/** Prints how many known gaps ("gap: …" tests, see test/helpers.ts) the run holds, so they stay visible in the count. */
export default class GapReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const names: string[] = [];
    const walk = (t: RunnerTask) => {
      if (t.type === 'test' && t.name.startsWith('gap: ')) names.push(t.name);
      if ('tasks' in t) for (const c of t.tasks) walk(c);
    };
    for (const f of files) walk(f);
    if (names.length) console.log(`\n Known gaps  ${names.length} (tests named "gap: …", expected to fail until fixed)`);
  }
}
