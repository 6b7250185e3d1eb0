import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { ruleDocsUrl } from '../../src/format/links.js';
import { sarif } from '../../src/format/sarif.js';
import type { Report, RuleDescriptor } from '../../src/format/types.js';
import { sarifValidator } from '../fixtures/sarif/validate.js';

const RULES: RuleDescriptor[] = [
  { id: 'id-matches-filename', description: "A charter's id differs from its file name.", defaultSeverity: 'error', level: 'error' },
  { id: 'placeholder', description: 'A value still holds TODO, TBD or FIXME.', defaultSeverity: 'warn', level: 'off' },
  { id: 'risk-orphaned', description: 'A risk no activity mitigates.', defaultSeverity: 'warn', level: 'error' },
];

const findings: Finding[] = [
  { file: 'charters/csm.yaml', line: 1, column: 5, endLine: 1, endColumn: 8, rule: 'id-matches-filename', messageId: 'renameEither', severity: 'error', message: 'The id "cms" is not the file name' },
  { file: 'charters/team a/x.yaml', line: 3, column: 1, endLine: 5, endColumn: 2, rule: 'risk-orphaned', messageId: 'unmitigated', severity: 'warn', message: 'No activity mitigates "x"' },
];

const report = (over: Partial<Report> = {}): Report => ({
  findings,
  files: 2,
  charters: 2,
  hasOrg: false,
  version: '1.2.3',
  rules: RULES,
  cwd: '/repo/cs',
  root: '/repo',
  ...over,
});

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, unknown>[] } };
    results: Record<string, unknown>[];
  }[];
}

describe('--format sarif', () => {
  const validate = sarifValidator();

  it('the schema check itself rejects a log that is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: {} }] })).not.toEqual([]);
  });

  it('is valid SARIF 2.1.0, with and without results', () => {
    expect(validate(JSON.parse(sarif(report(), { color: false })))).toEqual([]);
    expect(validate(JSON.parse(sarif(report({ findings: [] }), { color: false })))).toEqual([]);
  });

  it('describes the tool and every rule, with its docs page and configured level', () => {
    const log = JSON.parse(sarif(report(), { color: false })) as Log;
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'charter', version: '1.2.3', informationUri: expect.stringMatching(/^https:\/\//) });
    expect(driver.rules.map((r) => [r['id'], (r['defaultConfiguration'] as Record<string, unknown>)])).toEqual([
      ['id-matches-filename', { level: 'error', enabled: true }],
      ['placeholder', { level: 'warning', enabled: false }],
      ['risk-orphaned', { level: 'error', enabled: true }],
    ]);
    expect(driver.rules[1]).toMatchObject({
      shortDescription: { text: 'A value still holds TODO, TBD or FIXME.' },
      fullDescription: { text: expect.stringContaining('A value still holds TODO, TBD or FIXME.') },
      helpUri: ruleDocsUrl('placeholder'),
    });
    expect(ruleDocsUrl('placeholder')).toMatch(/\/docs\/rules\/placeholder\.md$/);
  });

  it('gives each result its rule, level, message and a region relative to the repository root', () => {
    const log = JSON.parse(sarif(report(), { color: false })) as Log;
    expect(log.runs[0]!.results).toEqual([
      {
        ruleId: 'id-matches-filename',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'The id "cms" is not the file name' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'cs/charters/csm.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 8 },
            },
          },
        ],
      },
      {
        ruleId: 'risk-orphaned',
        ruleIndex: 2,
        level: 'warning',
        message: { text: 'No activity mitigates "x"' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'cs/charters/team%20a/x.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 1, endLine: 5, endColumn: 2 },
            },
          },
        ],
      },
    ]);
  });

  it('a file outside the repository gets an absolute file: URI', () => {
    const log = JSON.parse(sarif(report({ cwd: '/elsewhere', findings: [findings[0]!] }), { color: false })) as Log;
    const location = (log.runs[0]!.results[0]!['locations'] as { physicalLocation: { artifactLocation: unknown } }[])[0]!;
    expect(location.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/charters/csm.yaml' });
    expect(validate(log)).toEqual([]);
  });
});
