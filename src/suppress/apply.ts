import type { Finding } from '../findings/finding.js';
import type { SourceFile } from '../load/source.js';
import { readDirectives, type Directive, type LineColumn, type RuleLookup, type SuppressionProblem } from './directives.js';

/**
 * The suppression comments of a set of files: filters findings, remembering which
 * directive suppressed what, so that the ones that suppress nothing can be reported.
 */
export class Suppressions {
  private readonly byFile = new Map<string, Directive[]>();
  private readonly problems: SuppressionProblem[] = [];
  private readonly off: ReadonlySet<string>;

  constructor(sources: readonly SourceFile[], lookup: RuleLookup) {
    this.off = lookup.off;
    for (const source of sources) {
      const { directives, problems } = readDirectives(source, lookup);
      if (directives.length > 0) this.byFile.set(source.displayPath, directives);
      this.problems.push(...problems);
    }
  }

  /**
   * The findings no directive covers. A finding covered by a `charter-disable-next-line`
   * is credited to it; otherwise to a `charter-disable-file` of its file.
   */
  filter(findings: readonly Finding[]): Finding[] {
    if (this.byFile.size === 0) return [...findings];
    return findings.filter((finding) => {
      const directives = this.byFile.get(finding.file);
      if (directives === undefined) return true;
      let fileWide: Directive['rules'][number] | undefined;
      for (const d of directives) {
        const rule = d.rules.find((r) => r.id === finding.rule);
        if (rule === undefined) continue;
        if (d.covers === undefined && d.name === 'charter-disable-file') {
          fileWide ??= rule;
        } else if (d.covers !== undefined && within(finding, d.covers.start, d.covers.end)) {
          rule.used = true;
          return false;
        }
      }
      if (fileWide !== undefined) {
        fileWide.used = true;
        return false;
      }
      return true;
    });
  }

  /** Malformed directives, and rule ids of directives that suppressed nothing (call after `filter`). */
  unused(): SuppressionProblem[] {
    const out = [...this.problems];
    for (const directives of this.byFile.values()) {
      for (const d of directives) {
        for (const rule of d.rules) {
          if (rule.used) continue;
          if (this.off.has(rule.id)) {
            out.push({ source: d.source, range: rule.range, messageId: 'ruleOff', data: { rule: rule.id } });
            continue;
          }
          const scope =
            d.covers === undefined
              ? d.name === 'charter-disable-file'
                ? 'in this file'
                : 'below this comment (there is nothing below it)'
              : d.covers.start.line === d.covers.end.line
                ? `on line ${d.covers.start.line}`
                : `on lines ${d.covers.start.line}-${d.covers.end.line}`;
          out.push({ source: d.source, range: rule.range, messageId: 'unused', data: { rule: rule.id, scope } });
        }
      }
    }
    return out;
  }
}

function within(f: Finding, start: LineColumn, end: LineColumn): boolean {
  const afterStart = f.line > start.line || (f.line === start.line && f.column >= start.column);
  const beforeEnd = f.line < end.line || (f.line === end.line && f.column <= end.column);
  return afterStart && beforeEnd;
}
