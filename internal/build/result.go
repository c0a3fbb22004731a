package build

import (
	"context"
	"time"
)

// Artifact is one output of a compiled brief, held in memory until it is
// written atomically.
type Artifact struct {
	Format string // "pdf" or "epub"; also the file extension
	Data   []byte
	Pages  int // PDF page count; 0 for EPUB
}

// Input is one file a build read, with the hex SHA-256 of the bytes used.
type Input struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Product is what compiling one brief produced: the outputs, the files it
// read besides the brief (brand file, images, logo, fonts), and its
// diagnostics formatted as "FILE:LINE:COL: error: MESSAGE". A product with
// Errors is a failed build and its Artifacts are ignored.
type Product struct {
	Artifacts []Artifact
	Inputs    []Input
	Warnings  []string
	Errors    []string
}

// CompileFunc compiles one brief. It must be safe for concurrent use. An
// error return is a failure of this brief that has no position (it is
// reported as "FILE: error: ...").
type CompileFunc func(ctx context.Context, b Brief) (Product, error)

// OutputFile is one written (or, for a skipped brief, previously written)
// output.
type OutputFile struct {
	Path   string `json:"path"`
	Format string `json:"format"`
	Bytes  int64  `json:"bytes"`
	Pages  int    `json:"pages"`
}

// Result is the outcome for one brief, also its --json object.
type Result struct {
	Input      string       `json:"input"`
	Outputs    []OutputFile `json:"outputs"`
	DurationMS int64        `json:"duration_ms"`
	Skipped    bool         `json:"skipped"`
	Warnings   []string     `json:"warnings"`
	Errors     []string     `json:"errors"`
	// IOError is set when the brief compiled but its outputs could not be
	// written (the process exits 3 rather than 1).
	IOError bool `json:"-"`
	// Interrupted is set for a brief never started because the batch was
	// cancelled; its one error says so, and progress does not repeat it.
	Interrupted bool `json:"interrupted,omitempty"`
}

// Failed reports whether the brief failed to build.
func (r Result) Failed() bool { return len(r.Errors) > 0 }

// Pages is the page count of the PDF output, 0 if there is none.
func (r Result) Pages() int {
	n := 0
	for _, o := range r.Outputs {
		n = max(n, o.Pages)
	}
	return n
}

// Bytes is the total size of the outputs.
func (r Result) Bytes() int64 {
	var n int64
	for _, o := range r.Outputs {
		n += o.Bytes
	}
	return n
}

// Summary is the outcome of a batch.
type Summary struct {
	Results []Result // in the order of the briefs given to Run
	Built   int
	Failed  int
	Skipped int
	Wall    time.Duration
	IOError bool // some output could not be written
}
