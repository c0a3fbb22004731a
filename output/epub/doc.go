// Package epub writes a briefs.Document as an EPUB 3 file (XHTML per section,
// CSS from the brand, embedded fonts, EPUB 3 footnotes, nav and NCX,
// accessibility metadata), packaged with go-epub wrapped so that it never
// panics, never touches the network or the disk, and gives identical bytes
// for identical input.
package epub
