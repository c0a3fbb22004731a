package epub

import (
	"errors"
	"io"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
)

// Options control EPUB writing.
type Options struct {
	Fonts    *fonts.Registry
	Modified time.Time // dcterms:modified (SOURCE_DATE_EPOCH or the brief's date)
	Producer string
}

// Write writes doc, styled by brand, to w as an EPUB 3 file.
func Write(w io.Writer, doc *briefs.Document, brand *briefs.Brand, opts Options) error {
	return errors.New("epub: not yet implemented")
}
