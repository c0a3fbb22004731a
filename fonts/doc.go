// Package fonts holds the built-in font files (embedded Noto families), the
// Registry that finds a font by family, weight and style or loads a brand's
// font file, and coverage queries used for script fallback and for reporting
// characters no font can draw.
//
// A *Font is parsed lazily, once per process, and is safe for concurrent use;
// go-text Faces (which cache and are not concurrency-safe) are created per
// user from Font.Parsed.
package fonts
