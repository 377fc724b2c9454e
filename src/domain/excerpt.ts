/** Shortening user text for messages. */

const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `text` with its whitespace collapsed, cut to at most `max` characters (default 80, ellipsis
 * included) at a word boundary, with `…` where it was cut. Words are Unicode words (Intl.Segmenter),
 * so Chinese or Japanese text is cut between words as well. Only a first word longer than `max`
 * is cut within itself (between characters, never inside one).
 */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = Math.max(1, max - 1);
  let end = 0;
  for (const { segment, index } of WORDS.segment(flat)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  let kept = flat.slice(0, end).replace(/[\s,;:\u2013\u2014-]+$/u, '');
  if (kept === '') {
    kept = '';
    for (const { segment } of GRAPHEMES.segment(flat)) {
      if (kept.length + segment.length > room) break;
      kept += segment;
    }
  }
  return `${kept}…`;
}
