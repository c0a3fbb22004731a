package pdf

import (
	"errors"
	"io"

	"github.com/briefpress/briefpress/layout/frame"
)

// Options control PDF writing.
type Options struct{}

// Write writes doc to w as a PDF file. On error, what was written to w is
// incomplete and must be discarded (callers write to a temporary file).
func Write(w io.Writer, doc *frame.Document, opts Options) error {
	return errors.New("pdf: not yet implemented")
}
