// Package inline is the text engine: it takes a paragraph of styled spans
// and a measure, and returns lines of positioned glyph runs.
//
// Pipeline (one file per stage): paragraph direction and bidi levels
// (go-text bidi), itemization by level, script, font and style, shaping with
// go-text HarfBuzz (cached), break opportunities from go-text segmenter
// (UAX #14), Knuth–Plass total-fit line breaking with justification, and
// visual reordering of each line (UAX #9 L2) into frame.GlyphRun items.
//
// An Engine is not safe for concurrent use: create one per goroutine. Fonts
// come from a shared, concurrency-safe fonts.Registry.
package inline
