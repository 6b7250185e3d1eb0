import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError } from '../../src/errors.js';
import { loadConfig, parseConfigText } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';
import { rules as allRules, ruleById } from '../../src/rules/index.js';
import { defineFileRule, type Rule } from '../../src/rules/types.js';

/** Rules with the options decided for charter, so that option handling is tested whatever the real rules hold today. */
const wordsRule = defineFileRule({
  meta: {
    id: 'mission-customer-focused',
    description: 'The mission names no customer.',
    defaultSeverity: 'warn',
    messages: { m: 'm' },
    options: { schema: z.strictObject({ words: z.array(z.string().min(1)).min(1) }), defaults: { words: ['customer', 'client'] } },
  },
  check() {},
});
const shareRule = defineFileRule({
  meta: {
    id: 'metrics-mostly-nonfinancial',
    description: 'Too many financial metrics.',
    defaultSeverity: 'warn',
    messages: { m: 'm' },
    options: { schema: z.strictObject({ maxShare: z.number().min(0).max(1) }), defaults: { maxShare: 0.5 } },
  },
  check() {},
});
const RULES: Rule[] = [ruleById.get('activity-overlap')!, wordsRule, shareRule, ruleById.get('placeholder')!, ruleById.get('schema')!, ruleById.get('yaml-syntax')!];

function settingsOf(text: string): Record<string, unknown> {
  return Object.fromEntries(parseConfigText(text, 'charter.config.yaml', RULES).settings);
}

function errorOf(text: string): string {
  try {
    parseConfigText(text, 'charter.config.yaml', RULES);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('charter.config.yaml', () => {
  it('an empty file keeps every default', () => {
    expect(settingsOf('')).toEqual(settingsOf('# nothing here\n'));
    expect(settingsOf('')['placeholder']).toEqual({ level: 'warn', options: { words: ['TODO', 'TBD', 'FIXME'] } });
  });

  it('reads the example of the docs: levels, and options merged over the defaults', () => {
    const settings = settingsOf(`charters: charters
rules:
  placeholder: error
  activity-overlap: off
  mission-customer-focused: [warn, { words: [member, members] }]
  metrics-mostly-nonfinancial: [warn, { maxShare: 0.3 }]
`);
    expect(settings).toEqual({
      'activity-overlap': { level: 'off', options: undefined },
      'mission-customer-focused': { level: 'warn', options: { words: ['member', 'members'] } },
      'metrics-mostly-nonfinancial': { level: 'warn', options: { maxShare: 0.3 } },
      placeholder: { level: 'error', options: { words: ['TODO', 'TBD', 'FIXME'] } },
      schema: { level: 'error', options: undefined },
      'yaml-syntax': { level: 'error', options: undefined },
    });
  });

  it('accepts [level] alone, error for the rules that cannot be turned off, and x- keys of the user', () => {
    const settings = settingsOf('x-owner: CS Ops\nrules:\n  metrics-mostly-nonfinancial: [error]\n  schema: error\n');
    expect(settings['metrics-mostly-nonfinancial']).toEqual({ level: 'error', options: { maxShare: 0.5 } });
  });

  it.each([
    ['an unknown rule, with the nearest id', 'rules:\n  placholder: error\n', 'charter.config.yaml:2:3: "placholder" is not a rule; did you mean "placeholder"?'],
    ['an unknown rule, nothing near', 'rules:\n  spelling: error\n', 'charter.config.yaml:2:3: "spelling" is not a rule; run "charter rules" to list them'],
    [
      'a severity that is not one',
      'rules:\n  placeholder: warning\n',
      'charter.config.yaml:2:16: "warning" is not a severity for rule "placeholder"; use off, warn or error, or [warn, { words: ... }]; did you mean "warn"?',
    ],
    [
      'an ESLint number',
      'rules:\n  placeholder: 2\n',
      'charter.config.yaml:2:16: the number 2 is not a severity for rule "placeholder"; use off, warn or error, or [warn, { words: ... }]; did you mean "error"?',
    ],
    [
      'schema turned off',
      'rules:\n  schema: off\n',
      'charter.config.yaml:2:11: rule "schema" cannot be turned off or set to warn: the other rules cannot check a file it rejects; remove "schema" from the configuration',
    ],
    [
      'yaml-syntax set to warn',
      'rules:\n  yaml-syntax: [warn]\n',
      'charter.config.yaml:2:17: rule "yaml-syntax" cannot be turned off or set to warn: the other rules cannot check a file it rejects; remove "yaml-syntax" from the configuration',
    ],
    [
      'an unknown option, with the nearest one',
      'rules:\n  metrics-mostly-nonfinancial: [warn, { maxshare: 0.3 }]\n',
      'charter.config.yaml:2:41: "maxshare" is not an option of rule "metrics-mostly-nonfinancial"; did you mean "maxShare"?',
    ],
    [
      'an option of the wrong type',
      'rules:\n  metrics-mostly-nonfinancial: [warn, { maxShare: "30%" }]\n',
      'charter.config.yaml:2:51: option "maxShare" of rule "metrics-mostly-nonfinancial" should be a number, got the text "30%"',
    ],
    [
      'an option out of range',
      'rules:\n  metrics-mostly-nonfinancial:\n    - warn\n    - maxShare: 30\n',
      'charter.config.yaml:4:17: option "maxShare" of rule "metrics-mostly-nonfinancial" should be at most 1, got the number 30',
    ],
    [
      'an empty list of words',
      'rules:\n  mission-customer-focused: [warn, { words: [] }]\n',
      'charter.config.yaml:2:45: option "words" of rule "mission-customer-focused" should list at least 1 item',
    ],
    [
      'options for a rule that has none',
      'rules:\n  activity-overlap: [warn, { words: [a] }]\n',
      'charter.config.yaml:2:28: rule "activity-overlap" has no options; write just the severity (activity-overlap: warn)',
    ],
    [
      'options that are not a mapping',
      'rules:\n  metrics-mostly-nonfinancial: [warn, 0.3]\n',
      'charter.config.yaml:2:39: the options of rule "metrics-mostly-nonfinancial" should be a mapping such as { maxShare: 0.5 }, got the number 0.3',
    ],
    [
      'a list of three',
      'rules:\n  placeholder: [warn, {}, {}]\n',
      'charter.config.yaml:2:16: rule "placeholder" should be off, warn or error, or [warn, { words: ... }]',
    ],
    ['a misspelt setting', 'rule:\n  placeholder: off\n', 'charter.config.yaml:1:1: "rule" is not a setting of charter\'s configuration; did you mean "rules"?'],
    [
      'a rule at the top level',
      'placeholder: off\n',
      'charter.config.yaml:1:1: "placeholder" is not a setting of charter\'s configuration; rules go under "rules:"',
    ],
    [
      'charters that is not a path',
      'charters: [a, b]\n',
      'charter.config.yaml:1:11: "charters" should be the path of the charters directory, such as charters, got a list',
    ],
    ['rules that is a list', 'rules: [placeholder]\n', 'charter.config.yaml:1:8: "rules" should be a mapping of rule ids to off, warn or error, got a list'],
    ['a file that is a list', '- placeholder\n', 'charter.config.yaml:1:1: the configuration should be a mapping of settings (charters: and rules:), got a list'],
    [
      'bad YAML',
      'rules:\n  placeholder: off\n  placeholder: warn\n',
      'charter.config.yaml:3:3: "placeholder" appears twice in the same mapping; keep one (the first is at line 2) (the configuration must be well-formed YAML)',
    ],
  ])('%s is exit 2 with file:line:column', (_, text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it('names every problem, one line each', () => {
    expect(errorOf('rules:\n  placholder: error\n  activity-overlap: always\n').split('\n')).toEqual([
      'charter.config.yaml:2:3: "placholder" is not a rule; did you mean "placeholder"?',
      'charter.config.yaml:3:21: "always" is not a severity for rule "activity-overlap"; use off, warn or error',
    ]);
  });
});

describe('finding the configuration', () => {
  const dir = (files: Record<string, string>): string => {
    const d = mkdtempSync(path.join(tmpdir(), 'charter-config-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(d, name), text);
    return d;
  };

  it('without a file: the defaults, and charters/ in the working directory', async () => {
    const cwd = dir({});
    const config = await loadConfig(cwd);
    expect(config).toMatchObject({ file: undefined, chartersDir: path.join(cwd, 'charters'), chartersFromConfig: false });
    expect(config.settings.get('placeholder')).toEqual({ level: 'warn', options: ruleById.get('placeholder')!.meta.options?.defaults });
  });

  it('reads charter.config.yaml (or .yml) in the working directory; charters is relative to the file', async () => {
    const cwd = dir({ 'charter.config.yml': 'charters: org/charters\nrules:\n  activity-overlap: off\n' });
    const config = await loadConfig(cwd);
    expect(config).toMatchObject({ file: path.join(cwd, 'charter.config.yml'), displayPath: 'charter.config.yml', chartersDir: path.join(cwd, 'org/charters') });
    expect(config.settings.get('activity-overlap')?.level).toBe('off');
  });

  it('--config names another file; its charters setting is relative to that file', async () => {
    const cwd = dir({});
    writeFileSync(path.join(cwd, 'ci.yaml'), 'charters: ../elsewhere\n');
    const config = await loadConfig(path.join(cwd, 'sub-never-created'), '../ci.yaml');
    expect(config.chartersDir).toBe(path.join(path.dirname(cwd), 'elsewhere'));
  });

  it.each([
    [{ 'charter.config.yaml': '', 'charter.config.yml': '' }, undefined, 'both charter.config.yaml and charter.config.yml are here; keep one (charter reads a single configuration file)'],
    [{}, 'missing.yaml', '--config missing.yaml: no such file'],
  ])('exit 2: %j %s', async (files, explicit, message) => {
    await expect(loadConfig(dir(files), explicit)).rejects.toThrow(new UserError(message));
  });
});

describe('the configuration schema', () => {
  it('has an entry for every rule, and refuses off for the rules that cannot be turned off', () => {
    for (const rule of allRules) {
      const ok = configSchema.safeParse({ rules: { [rule.meta.id]: 'error' } });
      expect(ok.success, rule.meta.id).toBe(true);
      expect(configSchema.safeParse({ rules: { [rule.meta.id]: 'off' } }).success, rule.meta.id).toBe(!rule.meta.fixedSeverity);
    }
  });
});

describe('schemas/config.schema.json (for editors)', () => {
  const ROOT = path.resolve(import.meta.dirname, '../..');
  const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/config.schema.json'), 'utf8')) as object);

  it.each([
    ['the fixture configuration', readFileSync(path.join(ROOT, 'tests/fixtures/config/project/charter.config.yaml'), 'utf8'), true],
    ['an empty file', '', true],
    ['x- keys of the user', 'x-owner: CS Ops\nrules:\n  x-note: hi\n', true],
    ['an unknown rule', 'rules:\n  placholder: error\n', false],
    ['schema turned off', 'rules:\n  schema: off\n', false],
    ['a severity that is not one', 'rules:\n  placeholder: warning\n', false],
    ['options for a rule without options', 'rules:\n  activity-overlap: [warn, { words: [a] }]\n', false],
  ])('agrees with the loader on %s', (_, text, valid) => {
    const data = (parse(text) as unknown) ?? {};
    expect(validate(data)).toBe(valid);
    let loaderAccepts = true;
    try {
      parseConfigText(text, 'charter.config.yaml');
    } catch {
      loaderAccepts = false;
    }
    expect(loaderAccepts).toBe(valid);
  });
});

describe("charter's own rules", () => {
  it('read the example of the docs with their real options', () => {
    const { settings } = parseConfigText(
      'charters: charters\nrules:\n  placeholder: error\n  activity-overlap: off\n  mission-customer-focused: [warn, { words: [member, members] }]\n  metrics-mostly-nonfinancial: [warn, { maxShare: 0.3 }]\n',
      'charter.config.yaml',
    );
    expect(settings.get('mission-customer-focused')).toEqual({ level: 'warn', options: { words: ['member', 'members'] } });
    expect(settings.get('metrics-mostly-nonfinancial')).toEqual({ level: 'warn', options: { maxShare: 0.3 } });
    expect(settings.get('activity-overlap')?.level).toBe('off');
    expect(settings.get('placeholder')?.level).toBe('error');
    const words = parseConfigText('rules:\n  placeholder: [warn, { words: [TODO, XXX] }]\n', 'charter.config.yaml').settings.get('placeholder');
    expect(words).toEqual({ level: 'warn', options: { words: ['TODO', 'XXX'] } });
  });

  it('the configured options reach the rules', async () => {
    const { lintFiles, charterYaml } = await import('../helpers/org.js');
    const { settings } = parseConfigText('rules:\n  mission-customer-focused: [error, { words: [member] }]\n', 'charter.config.yaml');
    const files = { 'csm.yaml': charterYaml('csm') }; // its mission names a "customer", not a "member"
    expect(lintFiles(files).filter((f) => f.rule === 'mission-customer-focused')).toEqual([]);
    const configured = lintFiles(files, { 'mission-customer-focused': settings.get('mission-customer-focused')! });
    expect(configured.filter((f) => f.rule === 'mission-customer-focused').map((f) => f.severity)).toEqual(['error']);
  });
});
