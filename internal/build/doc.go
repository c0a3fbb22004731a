// Package build runs batches of brief builds for the command line: it finds
// briefs under the given paths (Discover), picks a CI shard (Shard), skips
// briefs whose recorded inputs are unchanged (the manifest in the output
// directory), compiles the others in parallel with a caller-supplied
// CompileFunc, writes every output atomically, and reports progress and a
// per-brief Result. It knows nothing of the brief format itself: the real
// compile step lives in package internal/build/pipeline.
package build
