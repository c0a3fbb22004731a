// Package layout is the typesetter: it turns a briefs.Document and its
// briefs.Brand into a frame.Document (pages of positioned glyph runs,
// shapes, images, links and anchors, plus the outline, page labels and
// metadata), using the text engine in layout/inline for every line. It
// knows nothing of PDF.
//
// The stages, one file each:
//
//   - geometry.go: the page model from the brand (A4 by default; inner and
//     outer margins mirrored on facing pages; page index 0 is a right-hand
//     page; the whole page mirrored in RTL documents).
//   - style.go: typography and colours (brand fonts registered with the
//     font registry; Arabic sizes at 110%).
//   - blocks.go, blocks_more.go, table.go, notes.go: blocks to flow boxes
//     (lines with widow/orphan and keep-with-next flags, glue, page breaks).
//   - paginate.go: boxes to pages, each note at the foot of the page that
//     references it, long notes continued under a full-width rule, table
//     header rows repeated.
//   - toc.go: the contents, re-laid until its page numbers settle.
//   - cover.go, backpage.go, running.go, watermark.go, compose.go: the
//     cover, back page, running header and footer, DRAFT watermark, and the
//     final frames with outline, labels and metadata.
//
// Coordinates are frame.Length (1/65536 pt), y down from the page's top
// left. Typeset is safe for concurrent use with distinct documents; it
// creates one text engine per call.
package layout
