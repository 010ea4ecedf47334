/**
 * Escaping for the HTML report. Article text is untrusted: a saved page may
 * hold `<script>` or `onerror=`. Every value goes through the {@link html}
 * tag, which escapes whatever is not already {@link SafeHtml}, so forgetting to
 * escape is not possible by omission — only by wrapping text in `raw()`.
 */

/** Markup that has been built by this module (or escaped) and may be inserted as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML that shows it literally, safe in element content and in quoted
 * attribute values. Lone surrogates and control characters (except tab and
 * line ends) are replaced, since browsers treat some as parse errors.
 */
export function escapeHtml(text: string): string {
  return (
    text
      .replace(/[&<>"']/g, (ch) => ENTITIES[ch])
      // eslint-disable-next-line no-control-regex -- these are exactly what must not reach the page
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** What {@link html} accepts in a `${…}`: text is escaped, SafeHtml kept, arrays joined, nullish/false dropped. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: the literal parts are markup, every interpolated value is escaped unless SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1];
  });
  return new SafeHtml(out);
}

/** Trusted markup as is (only for strings this program built, never article text). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
