import type { Finding, Location } from '../findings/finding.js';
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
      // A problem about two places (see Finding.related) is covered by a comment at either.
      for (const place of finding.related ?? []) if (!this.keeps(finding.rule, place)) return false;
      return this.keeps(finding.rule, finding);
    });
  }

  /** False when a directive covers a finding of `rule` at `place` (the directive is then credited with it). */
  private keeps(rule: string, place: Location): boolean {
    const directives = this.byFile.get(place.file);
    if (directives === undefined) return true;
    let fileWide: Directive['rules'][number] | undefined;
    for (const d of directives) {
      const named = d.rules.find((r) => r.id === rule);
      if (named === undefined) continue;
      if (d.covers === undefined && d.name === 'charter-disable-file') {
        fileWide ??= named;
      } else if (d.covers !== undefined && within(place, d.covers.start, d.covers.end)) {
        named.used = true;
        return false;
      }
    }
    if (fileWide === undefined) return true;
    fileWide.used = true;
    return false;
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

function within(f: Location, start: LineColumn, end: LineColumn): boolean {
  const afterStart = f.line > start.line || (f.line === start.line && f.column >= start.column);
  const beforeEnd = f.line < end.line || (f.line === end.line && f.column <= end.column);
  return afterStart && beforeEnd;
}
