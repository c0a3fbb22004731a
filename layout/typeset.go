package layout

import (
	"errors"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

// Options are the inputs of Typeset besides the document and brand.
type Options struct {
	Fonts    *fonts.Registry // shared, concurrency-safe
	Producer string          // e.g. "briefpress 0.1.0", for metadata
	Date     time.Time       // creation date for metadata (SOURCE_DATE_EPOCH or the brief's date)
}

// Typeset lays out doc with brand into a frame document. Warnings (e.g. an
// overfull line) come back as diagnostics; an error means no document.
func Typeset(doc *briefs.Document, brand *briefs.Brand, opts Options) (*frame.Document, briefs.Diagnostics, error) {
	return nil, nil, errors.New("layout: not yet implemented")
}
