// Turns what a pupil typed into plain ASCII before anything reads it, so that every check (value,
// reduced form, denominator, unit) sees the same text. Deliberately a short explicit list instead of
// Unicode NFKC: NFKC would also turn "3²" into "32" and "1¾" into "13⁄4".
//   full-width forms ("１０／１５", "％")  → their ASCII twins
//   minus signs and dashes (U+2212, "–") → "-"
//   vulgar fractions ("¾", "1¾")        → " 3/4" (a mixed number when a whole number stands before)
//   fraction and division slashes       → "/"
//   every kind of space, tab, no-break space → one space; invisible zero-width characters → nothing
// Whatever else is not ASCII stays, so that the parser finds it unreadable.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const MINUS = /[\u2010-\u2013\u2212\uFE63]/g;
const SLASH = /[\u2044\u2215]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const VULGAR_FRACTION = /[\u00BC-\u00BE\u2150-\u215E\u2189]/g;

function vulgarFractionAsText(character: string): string {
  // NFKC is safe for this one character: "¾" → "3⁄4".
  return ` ${character.normalize('NFKC').replace(SLASH, '/')} `;
}

export function normaliseAnswerText(input: string): string {
  return input
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH, (character) => String.fromCharCode(character.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(VULGAR_FRACTION, vulgarFractionAsText)
    .replace(MINUS, '-')
    .replace(SLASH, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

// For comparing a typed choice with an option's text: spaces do not matter there.
export function comparableText(input: string): string {
  return normaliseAnswerText(input).replace(/ /g, '').toLowerCase();
}
