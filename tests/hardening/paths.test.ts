import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { github } from '../../src/format/github.js';
import { sarif } from '../../src/format/sarif.js';
import type { Report } from '../../src/format/types.js';
import { toDisplayPath } from '../../src/load/parse.js';

const report = (file: string): Report => ({
  findings: [{ file, line: 1, column: 1, endLine: 1, endColumn: 2, rule: 'schema', severity: 'error', message: 'm' }] as Finding[],
  files: 1,
  charters: 1,
  hasOrg: false,
  version: '1.0.0',
  rules: [{ id: 'schema', description: 'd', defaultSeverity: 'error', level: 'error' }],
  cwd: '/repo',
  root: '/repo',
});

describe('a folder whose name starts with two dots is inside the repository', () => {
  it('github: a path from the root', () => {
    expect(github(report('..dots/csm.yaml'), { color: false })).toContain('::error file=..dots/csm.yaml,');
  });

  it('sarif: a path from %SRCROOT%, not a file:// URI', () => {
    const log = JSON.parse(sarif(report('..dots/csm.yaml'), { color: false })) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: '..dots/csm.yaml', uriBaseId: '%SRCROOT%' });
  });

  it('a path shown relative to the working directory', () => {
    expect(toDisplayPath('/repo/..dots/csm.yaml', '/repo')).toBe('..dots/csm.yaml');
    expect(toDisplayPath('/other/csm.yaml', '/repo')).toBe('/other/csm.yaml');
  });

  it('a file really outside stays outside', () => {
    expect(github(report('../elsewhere/csm.yaml'), { color: false })).toContain('::error file=../elsewhere/csm.yaml,');
    expect(sarif(report('../elsewhere/csm.yaml'), { color: false })).toContain('"uri": "file:///elsewhere/csm.yaml"');
  });
});
