// Package epub writes a briefs.Document as an EPUB 3 file.
//
// In: a resolved document (blocks with directions, numbered notes,
// formatted citations and sources, assets read into memory), a brand and
// Options (font registry, timestamp). Out: the EPUB bytes on an io.Writer.
//
// The content is made from the document model, not from PDF pages: an
// XHTML file per top-level section (cover, title page with the abstract
// and any text before the first heading, one file per # section, sources,
// about), with semantic markup, lang and dir on every root and on every
// block whose direction differs from its context, and runs of the other
// direction inside text wrapped in <span dir>. Notes are EPUB 3 footnotes
// (noteref and aside, with back links) at the end of the file that
// references them. The style sheet is generated from the brand, with
// @font-face rules for only the faces the text uses, whose files are
// embedded. The package document carries full metadata and schema.org
// accessibility metadata; the navigation document and the NCX nest to the
// brief's toc-depth and add landmarks.
//
// Packaging goes through github.com/bmaupin/go-epub, wrapped (goepub.go) so
// that it cannot panic into the caller, reach the network or touch the disk,
// then the archive is rewritten (repack.go) in a fixed order with a fixed
// timestamp, our package and navigation documents, and the fonts stored
// uncompressed. The same input gives the same bytes.
package epub
