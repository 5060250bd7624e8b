// Splitting a document's text into segments by its records' spans.
//
// Records may overlap or nest (a date inside a reference, a unit inside an award, and in
// principle two spans that cross). Instead of nesting elements, which crossing spans would
// break, the text is cut at every span boundary; each segment knows every span covering it.
// The view then draws one element per segment with a class per covering record type.

/**
 * @param {number} length   the text's length
 * @param {{start:number, end:number}[]} spans  any order; empty or out-of-range spans are clamped
 * @returns {{start:number, end:number, spans:number[]}[]}  consecutive segments covering
 *          0..length; `spans` holds indices into `spans`, outermost (longest) first
 */
export function segment(length, spans) {
  const clamp = (n) => Math.max(0, Math.min(length, n));
  const cuts = new Set([0, length]);
  const starting = new Map(); // offset → indices of spans starting there
  spans.forEach((span, index) => {
    const start = clamp(span.start);
    const end = clamp(span.end);
    if (end <= start) return;
    cuts.add(start);
    cuts.add(end);
    if (!starting.has(start)) starting.set(start, []);
    starting.get(start).push(index);
  });
  const offsets = [...cuts].sort((a, b) => a - b);
  const segments = [];
  let active = [];
  for (let i = 0; i < offsets.length - 1; i++) {
    const [start, end] = [offsets[i], offsets[i + 1]];
    active = active.filter((index) => clamp(spans[index].end) > start).concat(starting.get(start) || []);
    const covering = [...active].sort((a, b) => spanLength(spans[b]) - spanLength(spans[a]) || a - b);
    segments.push({start, end, spans: covering});
  }
  return segments;
}

const spanLength = (span) => span.end - span.start;
