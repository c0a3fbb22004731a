// Package gen holds the generator programs behind the example content: the
// example pictures (images) and the long report and benchmark brief
// (report). Nothing here is imported; `go generate ./internal/gen` runs them
// and rewrites the files under examples/ and testdata/bench/, byte for byte
// the same on every run.
package gen

//go:generate go run ./images -out ../../examples/assets
//go:generate go run ./report -out ../../examples/long-report.md
//go:generate go run ./report -bench -out ../../testdata/bench/brief-3500.md
//go:generate go run ./images -out ../../testdata/bench/assets
