// Package frame holds the display list that layout produces and the outputs
// consume: pages of positioned items (glyph runs, shapes, images, links and
// anchors) plus the document-level outline, page labels and metadata.
//
// Coordinates are in Length units (1/65536 pt), y grows downwards, and every
// item's position is relative to its parent (the page's top-left corner, or
// the enclosing Group). An exporter needs nothing but this package and the
// font handles it references: no Markdown, no glue, no line-breaking state.
package frame
