import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { escapeData, escapeProperty, github } from '../../src/format/github.js';
import type { Report } from '../../src/format/types.js';

const finding = (over: Partial<Finding>): Finding => ({
  file: 'charters/csm.yaml',
  line: 4,
  column: 10,
  endLine: 4,
  endColumn: 71,
  rule: 'mission-one-sentence',
  messageId: 'tooLong',
  severity: 'error',
  message: 'The mission is two sentences; keep the first',
  ...over,
});

const report = (findings: Finding[], cwd = '/repo', root = '/repo'): Report => ({
  findings,
  files: 1,
  charters: 1,
  hasOrg: false,
  version: '1.2.3',
  rules: [],
  cwd,
  root,
});

describe('--format github', () => {
  it('writes one workflow command a finding, ::error or ::warning', () => {
    const out = github(report([finding({}), finding({ line: 9, column: 3, endLine: 11, endColumn: 1, rule: 'risk-orphaned', severity: 'warn', message: 'No activity mitigates it' })]), { color: false });
    expect(out).toBe(
      '::error file=charters/csm.yaml,line=4,col=10,endLine=4,endColumn=71,title=charter (mission-one-sentence)::The mission is two sentences; keep the first\n' +
        '::warning file=charters/csm.yaml,line=9,col=3,endLine=11,endColumn=1,title=charter (risk-orphaned)::No activity mitigates it\n',
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(github(report([]), { color: false })).toBe('');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const out = github(report([finding({ file: 'charters/a,b:c%.yaml', message: 'first line\r\nsecond: 100%, done' })]), { color: false });
    expect(out).toBe(
      '::error file=charters/a%2Cb%3Ac%25.yaml,line=4,col=10,endLine=4,endColumn=71,title=charter (mission-one-sentence)::first line%0D%0Asecond: 100%25, done\n',
    );
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['%', '%25', '%25'],
    ['\r', '%0D', '%0D'],
    ['\n', '%0A', '%0A'],
    [':', ':', '%3A'],
    [',', ',', '%2C'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as %j in data and %j in properties', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  it('gives paths relative to the repository root when run from a subdirectory', () => {
    const out = github(report([finding({ file: 'charters/csm.yaml' })], '/repo/cs', '/repo'), { color: false });
    expect(out).toMatch(/^::error file=cs\/charters\/csm\.yaml,/);
  });
});
