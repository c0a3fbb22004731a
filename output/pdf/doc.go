// Package pdf writes a frame.Document as a PDF 1.7 file. It is a
// serializer of frames and makes no layout decisions.
//
// In: the pages of positioned glyph runs, shapes, images, links and
// anchors, plus the outline, page labels and metadata (package
// layout/frame), and the font files the runs reference (package fonts).
// Out: one PDF on an io.Writer, written through a single buffered writer.
//
// Fonts become Type0 fonts with Identity-H encoding: CIDFontType2 for
// TrueType outlines and CIDFontType0 (an OpenType font file) for CFF,
// subset by glyph ID with tdewolff/font, where a CID is the glyph's index
// in the subset. Their ToUnicode maps come from the shaper's clusters
// (frame.Glyph Start/End into GlyphRun.Text), so ligatures and Arabic
// forms copy as the characters they stand for; a glyph that stands for
// different text in different places gets an /ActualText span. Text is
// drawn with TJ so the shaper's advances and mark offsets are kept. Right-
// to-left runs are drawn in logical order inside an /ActualText span; see
// rtlMode for why. JPEG files pass through, PNGs are decoded and
// recompressed with a soft mask for alpha, SVG logos become form XObjects.
//
// Output is deterministic: object numbers follow first use, names are
// sorted, dates come only from Metadata.Date and the file /ID is a hash of
// the content. Write reads no clock, environment or network.
package pdf
