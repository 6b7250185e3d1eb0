import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
}

/** The problem matcher docs/editors.md tells people to put in .vscode/tasks.json. */
function documentedMatcher(): Pattern[] {
  const doc = readFileSync(path.join(ROOT, 'docs/editors.md'), 'utf8');
  const json = /## Problems panel[\s\S]*?```json\n([\s\S]*?)```/.exec(doc)![1]!;
  return (JSON.parse(json) as { tasks: { problemMatcher: { pattern: Pattern[] } }[] }).tasks[0]!.problemMatcher.pattern;
}

/** What VS Code does with a multi-line matcher whose last pattern loops. */
function match(output: string, [fileLine, problemLine]: Pattern[]): string[] {
  const found: string[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const f = new RegExp(fileLine!.regexp).exec(line);
    if (f) {
      file = f[fileLine!.file!];
      continue;
    }
    const p = new RegExp(problemLine!.regexp).exec(line);
    if (p && file !== undefined) found.push(`${file}:${p[problemLine!.line!]}:${p[problemLine!.column!]} ${p[problemLine!.severity!]} ${p[problemLine!.code!]} ${p[problemLine!.message!]!.slice(0, 20)}`);
    else file = undefined;
  }
  return found;
}

describe('the VS Code problem matcher of docs/editors.md', () => {
  it('reads every finding of the default report, with file, line, column, severity and rule', async () => {
    const run = await runCli(['lint', '--no-color', 'charters/csm.yaml', 'charters/support.yaml'], { cwd: path.join(ROOT, 'tests/golden/orgs/defective') });
    expect(match(run.stdout, documentedMatcher())).toEqual([
      'charters/csm.yaml:7:10 error mission-one-sentence The mission has 2 se',
      'charters/csm.yaml:13:5 warning metric-no-outcome Operating metric "qb',
      'charters/csm.yaml:29:25 error reference-unknown Risk "renewal" is mi',
      'charters/csm.yaml:30:5 warning risk-orphaned Risk "sentiment" has',
      'charters/csm.yaml:35:11 error dependency-unknown "suport" is not a fu',
      'charters/csm.yaml:38:11 warning dependency-unacknowledged Department "renewals',
      'charters/support.yaml:2:1 error section-missing This charter has no ',
      'charters/support.yaml:19:15 warning fulfils-stale "csm" has no depende',
      'charters/support.yaml:21:11 warning activity-overlap Activity "Run Quarte',
      'charters/support.yaml:24:18 warning placeholder "description" still ',
      'charters/support.yaml:30:19 error reference-unknown Risk "sla-breach" is',
      'charters/support.yaml:33:11 error dependency-self "support" is this fu',
    ]);
  });
});
