// Package briefs reads the brief format (see docs/guide.md): YAML front
// matter and a Markdown body in, a resolved Document out (metadata, blocks
// with source positions, numbered notes, the sources list), plus brand files.
// Problems are returned as Diagnostics with file, line and column; the
// package never panics on input, never touches the network, and opens assets
// only inside the build root. No goldmark or YAML type escapes it.
//
// The pipeline of Parse: size and UTF-8 checks; the front matter is parsed
// by goccy/go-yaml and decoded by walking its AST (every key and value
// keeps its position; anchors and aliases are refused); the body is
// pre-scanned for nesting deeper than 32 containers, then parsed by goldmark
// (GFM tables, autolinks, footnote definitions, plus two inline parsers of
// ours for [^label] and pandoc citations [@id, p. 12; @b]) and converted to
// the model in one pass that also numbers the notes, formats citations,
// checks images and sets each block's direction from its first strong
// character.
//
// Decisions where the format spec is silent:
//   - String keys also accept numbers as written (title: 2024).
//   - references: the fields briefpress uses are decoded; other CSL
//     variables (DOI, page, volume, note, editor, …) are accepted and
//     ignored, as pandoc does; any other key is an error naming the nearest
//     known one, since it is almost always a misspelling.
//   - An image among text in a paragraph is an error: a figure is an image
//     alone in its paragraph. Figures and covers are PNG or JPEG; only the
//     brand logo may be SVG. Images are checked from their header (40
//     megapixels at most) and structure (PNG chunk checksums, JPEG end
//     marker), not decoded.
//   - Links go to http, https, mailto or #heading-id; anything else is kept
//     as plain text with a warning. Raw HTML is dropped with a warning.
//     Headings deeper than #### are errors.
//   - Each citation group is its own note, in pandoc's chicago-note-like
//     style: `Jane Doe, “Title,” Container, Publisher, 15 September 2022,
//     URL, p. 12.` Titles of articles, web pages and chapters are quoted,
//     others italic; dates follow the document's language.
package briefs
