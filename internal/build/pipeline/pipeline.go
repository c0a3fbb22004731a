package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/build"
	"github.com/briefpress/briefpress/layout"
	"github.com/briefpress/briefpress/output/epub"
	"github.com/briefpress/briefpress/output/pdf"
)

// FallbackDate is the date used when neither SOURCE_DATE_EPOCH nor the
// brief's date is set: never the wall clock, so that builds reproduce.
var FallbackDate = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Config is shared by every brief of a batch; Compile may be called from
// several goroutines at once.
type Config struct {
	Fonts   *fonts.Registry // shared by all builds
	Root    *os.Root        // build root that asset paths may not leave
	RootDir string          // the root's path, for messages
	// Brand, when not nil, overrides every brief's own brand (--brand).
	Brand *briefs.Brand
	// Formats are the outputs to write, "pdf" and/or "epub", in order.
	Formats  []string
	Producer string // "briefpress <version>"
	// Date, when not zero, is the creation date of every output
	// (SOURCE_DATE_EPOCH); otherwise each brief's own date, else
	// FallbackDate.
	Date time.Time
}

// LoadOptions are the briefs.Options the pipeline loads briefs with.
func (c *Config) LoadOptions() briefs.Options {
	return briefs.Options{Root: c.Root, RootDir: c.RootDir, Covers: c.Fonts.Covers,
		SkipBrand: c.Brand != nil, Brand: c.Brand, CoversFor: c.coversFor}
}

// coversFor is the coverage check for a brief whose brand is b: the brand's
// font files are registered first (as layout will register them), so
// text in a script only they cover ("other scripts with fonts from the
// brand") is not refused. A font file that does not load is left to
// layout, which reports it.
func (c *Config) coversFor(b *briefs.Brand) func(rune) bool {
	view := c.Fonts.View() // the built-in fonts and this brand's, no other brief's
	if b != nil {
		for _, ref := range []briefs.FontRef{b.Fonts.Body, b.Fonts.Heading, b.Fonts.ArabicBody, b.Fonts.ArabicHeading} {
			if ref.File != nil {
				_, _ = view.AddFile(ref.File.Path, ref.File.Data)
			}
		}
	}
	return view.Covers
}

// Compile builds one brief. It implements build.CompileFunc.
func (c *Config) Compile(ctx context.Context, b build.Brief) (build.Product, error) {
	var p build.Product
	doc, diags := briefs.Load(b.Path, c.LoadOptions())
	addDiags(&p, diags)
	if diags.HasErrors() || doc == nil {
		if len(p.Errors) == 0 {
			p.Errors = append(p.Errors, b.Path+": error: the brief could not be loaded")
		}
		return p, nil
	}
	brand := c.Brand
	if brand == nil {
		brand = doc.Brand
	}
	if brand == nil {
		brand = briefs.DefaultBrand()
	}
	p.Inputs = Inputs(doc, brand)
	date := c.DateFor(doc)
	// The formats are independent (the EPUB is made from the document
	// model, not from pages), so they are built concurrently: on two cores
	// the EPUB costs no wall time next to layout and PDF.
	outs := make([]formatResult, len(c.Formats))
	var wg sync.WaitGroup
	for i, f := range c.Formats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := ctx.Err(); err != nil {
				outs[i].err = err
				return
			}
			outs[i] = c.format(f, doc, brand, date)
		}()
	}
	wg.Wait()
	for i, f := range c.Formats {
		o := outs[i]
		addDiags(&p, o.diags)
		if o.err != nil {
			return p, o.err
		}
		if o.diags.HasErrors() {
			return p, nil
		}
		p.Artifacts = append(p.Artifacts, build.Artifact{Format: f, Data: o.data, Pages: o.pages})
	}
	return p, nil
}

// formatResult is one output format's bytes, page count and diagnostics.
type formatResult struct {
	data  []byte
	pages int
	diags briefs.Diagnostics
	err   error
}

// format builds one output format of doc. It only reads doc and brand,
// so formats can run concurrently.
func (c *Config) format(f string, doc *briefs.Document, brand *briefs.Brand, date time.Time) formatResult {
	var buf bytes.Buffer
	switch f {
	case "pdf":
		fd, ds, err := layout.Typeset(doc, brand, layout.Options{Fonts: c.Fonts, Producer: c.Producer, Date: date})
		if err != nil {
			return formatResult{diags: ds, err: fmt.Errorf("layout: %w", err)}
		}
		if ds.HasErrors() {
			return formatResult{diags: ds}
		}
		if err := pdf.Write(&buf, fd, pdf.Options{}); err != nil {
			return formatResult{diags: ds, err: fmt.Errorf("writing PDF: %w", err)}
		}
		return formatResult{data: buf.Bytes(), pages: len(fd.Pages), diags: ds}
	case "epub":
		if err := epub.Write(&buf, doc, brand, epub.Options{Fonts: c.Fonts, Modified: date, Producer: c.Producer}); err != nil {
			return formatResult{err: fmt.Errorf("writing EPUB: %w", err)}
		}
		return formatResult{data: buf.Bytes()}
	}
	return formatResult{err: fmt.Errorf("unknown format %q", f)}
}

// DateFor is the date a brief's outputs carry: Config.Date, else the
// brief's date at midnight UTC, else FallbackDate.
func (c *Config) DateFor(doc *briefs.Document) time.Time {
	switch {
	case !c.Date.IsZero():
		return c.Date.UTC()
	case doc != nil && doc.Meta.Date != nil:
		d := doc.Meta.Date
		return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	}
	return FallbackDate
}

// addDiags sorts diagnostics into the product's errors and warnings.
func addDiags(p *build.Product, ds briefs.Diagnostics) {
	for _, d := range ds {
		if d.Severity == briefs.Warning {
			p.Warnings = append(p.Warnings, d.String())
		} else {
			p.Errors = append(p.Errors, d.String())
		}
	}
}

// NotImplemented reports whether err is a library's "not yet implemented"
// stub error (the stubs return plain errors, so the message is checked).
func NotImplemented(err error) bool {
	return err != nil && strings.Contains(err.Error(), "not yet implemented")
}

// sortInputs orders inputs by path and drops duplicates, so the manifest
// is deterministic.
func sortInputs(in []build.Input) []build.Input {
	slices.SortFunc(in, func(a, b build.Input) int { return strings.Compare(a.Path, b.Path) })
	return slices.CompactFunc(in, func(a, b build.Input) bool { return a.Path == b.Path })
}
