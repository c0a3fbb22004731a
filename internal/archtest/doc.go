// Package archtest holds no code, only a test: it lists every package of
// the module with `go list` and checks each one's imports against the
// import table of docs/architecture.md (design.md "Packages"), so that the
// data flow stays one-way: briefs → layout → output, with only cmd and
// internal/build wiring everything.
package archtest
