// Package briefs reads the brief format (see docs/guide.md): YAML front
// matter and a Markdown body in, a resolved Document out (metadata, blocks
// with source positions, numbered notes, the sources list), plus brand files.
// Problems are returned as Diagnostics with file, line and column; the
// package never panics on input, never touches the network, and opens assets
// only inside the build root. No goldmark or YAML type escapes it.
package briefs
