import { describe, expect, it } from 'vitest';
import { compareOrgs, type DiffSide } from '../../src/diff/compare.js';
import { markdown } from '../../src/diff/format/markdown.js';
import { stylish } from '../../src/diff/format/stylish.js';
import { lintProject } from '../../src/lint/lint.js';
import { charterYaml, projectOf } from '../helpers/org.js';

function side(label: string, files: Record<string, string>): DiffSide {
  const project = projectOf(files);
  return { label, model: project.model, findings: lintProject(project) };
}

describe('diff formats', () => {
  it('markdown escapes what a charter says, so that it cannot format or inject HTML in the comment', () => {
    const base = side('main', { 'csm.yaml': charterYaml('csm') });
    const head = side('feature/x', {
      'csm.yaml': charterYaml('csm').replace('name: Habits scorecard', 'name: "<img src=x> | **bold** `code`"'),
    });
    const out = markdown(compareOrgs(base, head), { color: false });
    expect(out).toContain('- metric "habits": name changed from "Habits scorecard" to "\\<img src=x\\> \\| \\*\\*bold\\*\\* \\`code\\`"');
    expect(out).toContain('### Charter changes: `main` → `feature/x`');
    expect(out).not.toMatch(/(?<!\\)<img/);
  });

  it('stylish shows control characters from a charter as text', () => {
    const base = side('a', { 'csm.yaml': charterYaml('csm') });
    const head = side('b', { 'csm.yaml': charterYaml('csm').replace('name: csm team', 'name: "csm\\u001b[31m team"') });
    const out = stylish(compareOrgs(base, head), { color: false });
    expect(out).toContain('~ name changed from "csm team" to "csm\\u001b[31m team"');
    expect(out).not.toContain('\u001b');
  });
});
