// Command briefpress compiles policy briefs (YAML front matter + Markdown,
// English and Arabic) into branded, print-ready PDF and EPUB.
//
// It owns every process concern the libraries leave out: flags and
// subcommands (build, check, new, fonts, version, watch and the hidden
// dump), exit codes, signals, the SOURCE_DATE_EPOCH environment variable,
// progress on stderr, JSON on stdout, and the batch machinery of
// internal/build. See docs/guide.md for the user guide.
package main
