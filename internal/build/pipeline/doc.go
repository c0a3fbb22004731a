// Package pipeline compiles one brief into its outputs: briefs.Load, the
// brand choice (--brand override, else the brief's own, else the built-in
// brand), layout.Typeset and pdf.Write, and epub.Write, each only when its
// format is asked for. It returns a build.Product (outputs in memory, the
// input files with their hashes for the incremental cache, diagnostics as
// "FILE:LINE:COL: error: MESSAGE" strings). It reads no environment and no
// clock: the date comes in through Config.
package pipeline
