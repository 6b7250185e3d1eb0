/**
 * HTML that is safe by construction: every value put into an `html` template is
 * escaped unless it is itself `Html` (made by `html` or, for text charter does not
 * take from a charter, by `trusted`). Charter text can therefore never become markup.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What an `html` template accepts: text (escaped), Html (kept), lists of either, or nothing. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

/** Escapes text for an HTML element or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&${ENTITIES[c]!};`);
}

const ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' };

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

/** A tagged template: `html\`<p>${mission}</p>\`` escapes `mission`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Markup charter itself wrote (never charter text): the SVG Graphviz drew, the stylesheet. */
export function trusted(markup: string): Html {
  return new Html(markup);
}
