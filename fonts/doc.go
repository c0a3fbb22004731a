// Package fonts holds the built-in font files (embedded Noto Serif, Sans,
// Naskh Arabic and Kufi Arabic) and the Registry that finds a font by
// family, weight and style, adds a brand's font file from its bytes
// (.ttf, .otf or a face of a .ttc), and answers coverage questions:
// Font.HasRune, Registry.Covers (characters no font can draw), Fallback
// (the font to use for a character the chosen one lacks) and Describe
// (families, styles and scripts, for `briefpress fonts`).
//
// A *Font loads and parses lazily, once per process, and is safe for
// concurrent use; its coverage is a sorted range table built once from the
// cmap. go-text Faces (which cache and are not concurrency-safe) are created
// per user from Font.Parsed.
package fonts
