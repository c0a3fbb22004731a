// Package inline is the text engine: it takes a paragraph of styled spans
// and a measure, and returns lines of positioned glyph runs.
//
// Pipeline, one file per stage:
//
//   - direction.go: paragraph direction (Dir, or the first strong character,
//     UAX #9 P2/P3, defaulting to Base) and bidi levels (go-text bidi).
//   - itemize.go: script runs (Common and Inherited characters follow their
//     neighbours; Arabic-block characters are Arabic), a font per character
//     (Arabic to the style's ArabicFamily, the rest to LatinFamily, and a
//     character the font lacks to another registry font that covers it), and
//     items: maximal runs of one span, level, script and font.
//   - shape.go: each item is shaped whole with go-text HarfBuzz (so Arabic
//     joins across the run), at a size of one font unit per em: results are
//     exact font units, independent of the size, and cached per Engine by
//     (font, direction, script, language, text) in a bounded cache. They
//     become frame.Length once, when the span's size is applied.
//   - breaks.go: UAX #14 opportunities (go-text segmenter) become
//     Knuth–Plass boxes, glue (spaces: stretch 1/2, shrink 1/3 of their
//     width), penalties (after hyphens and slashes) and forced breaks.
//   - linebreak.go: Knuth–Plass total fit in integer arithmetic, with
//     tolerance passes and a final pass that always succeeds (an overfull
//     line only for a box wider than the measure, reported as a Warning).
//   - line.go and reorder.go: lines reuse the item's glyphs (cuts at spaces
//     shape identically; other cuts are re-shaped), spaces absorb the
//     justification, pieces are reordered visually (UAX #9 L2), and placed
//     as frame.GlyphRun, frame.Link and frame.Anchor items.
//
// An Engine is not safe for concurrent use: create one per goroutine. Fonts
// come from a shared, concurrency-safe fonts.Registry, and only the fonts a
// paragraph needs are parsed. Output depends only on the input: no maps are
// iterated into it and all lengths are integers.
package inline
