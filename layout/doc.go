// Package layout is the typesetter: it turns a briefs.Document and its
// briefs.Brand into pages of frames (cover, table of contents, body with
// footnotes, sources list, back page, running header and footer), using the
// text engine in layout/inline. It knows nothing of PDF.
package layout
