import { describe, expect, it } from 'vitest';
import { suggestedId, toKebab } from '../../src/text/kebab.js';
import { runCli } from '../helpers/cli.js';
import { charterYaml, lintFiles } from '../helpers/org.js';
import { tempDir } from '../robustness/helpers.js';

/** Names a person might give where an id belongs, and the id both commands suggest. */
const NAMES: [string, string][] = [
  ['Client Outcomes', 'client-outcomes'],
  ['Client Outcomes CSMs', 'client-outcomes-csms'],
  ['habitsScorecard', 'habits-scorecard'],
  ['CSMTeam', 'csm-team'],
  ['Renewals.yaml', 'renewals'],
  ['Café Onboarding', 'cafe-onboarding'],
  ['cѕm', 'csm'], // a Cyrillic "ѕ"
  ['on\u200bboarding', 'onboarding'], // a zero-width space
  ['Support_Tier 2', 'support-tier-2'],
];

describe('toKebab', () => {
  it.each(NAMES)('%j gives %j', (name, id) => {
    expect(toKebab(name)).toBe(id);
  });

  it('gives nothing for a name with no letter or digit to keep, and suggests no id then', () => {
    expect(toKebab('!!!')).toBe('');
    expect(suggestedId('!!!')).toBeUndefined();
    expect(suggestedId('csm')).toBeUndefined();
  });
});

describe('charter new and charter lint suggest the same id for the same name', () => {
  it.each(NAMES)('%j', async (name, id) => {
    const findings = lintFiles({ 'csm.yaml': charterYaml('csm').replace('  - id: reviews', `  - id: ${JSON.stringify(name)}`).replace('mitigatedBy: [reviews]', `mitigatedBy: [${id}]`) });
    const fromLint = findings.filter((f) => f.rule === 'schema').map((f) => /such as "([^"]*)"/.exec(f.help ?? '')?.[1]);
    const { dir, remove } = tempDir();
    try {
      const run = await runCli(['new', name, '--department', 'client-outcomes', '--name', 'X', '--mission', 'Help customers.'], { cwd: dir });
      expect(run.code).toBe(2);
      const fromNew = /such as "([^"]*)"/.exec(run.stderr)?.[1];
      expect(fromLint).toEqual([id]);
      expect(fromNew).toBe(id);
    } finally {
      remove();
    }
  });
});
