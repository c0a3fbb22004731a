// Command report writes the long example report (examples/long-report.md,
// about 25,000 words) and, with -bench, the benchmark brief
// (testdata/bench/brief-3500.md, about 3,500 words, 10 notes, 8 sources).
//
// The text is composed from sentence banks written for this generator: slot
// templates filled with places, sectors, numbers and years drawn from a
// math/rand/v2 PCG source with a fixed seed, so the output is byte-identical
// on every run. Flags in (-out, -bench, and -words N to scale the report:
// 115,000 words lay out to about 200 pages), one Markdown brief out.
package main
