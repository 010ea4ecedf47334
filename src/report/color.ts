/**
 * A few ANSI styles, without a dependency. Reporters take a {@link Colors}
 * and never test for a TTY themselves: the CLI decides (`--no-color`, TTY,
 * `NO_COLOR`) and passes `color: true/false`, so output is testable.
 */

/** Wraps text in one style; the identity when colour is off. */
export type Style = (text: string) => string;

/** The styles the reporters use. */
export interface Colors {
  enabled: boolean;
  red: Style;
  yellow: Style;
  blue: Style;
  green: Style;
  bold: Style;
  dim: Style;
  underline: Style;
}

function sgr(open: number, close: number): Style {
  // empty text stays empty, so padding maths on plain strings is not thrown off
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const identity: Style = (text) => text;

/** ANSI styles when `enabled`, plain text otherwise. */
export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    return { enabled, red: identity, yellow: identity, blue: identity, green: identity, bold: identity, dim: identity, underline: identity };
  }
  return {
    enabled,
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    green: sgr(32, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
  };
}

/** Text with ANSI escapes removed (for measuring what the user sees). */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
