package layout

import (
	"errors"
	"fmt"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// Options are the inputs of Typeset besides the document and brand.
type Options struct {
	Fonts    *fonts.Registry // shared, concurrency-safe
	Producer string          // e.g. "briefpress 0.1.0", for metadata
	Date     time.Time       // creation date for metadata (SOURCE_DATE_EPOCH or the brief's date)
}

// maxTOCPasses bounds the table-of-contents fixed-point loop.
const maxTOCPasses = 5

// Typeset lays out doc with brand into a frame document. Warnings (e.g. an
// overfull line) come back as diagnostics; an error means no document.
// A nil brand means the document's own brand, else the built-in one. The
// pages are: the cover, the table of contents (unless meta.TOC is false),
// the body with its notes and the sources list, and the back page.
func Typeset(doc *briefs.Document, brand *briefs.Brand, opts Options) (*frame.Document, briefs.Diagnostics, error) {
	if opts.Fonts == nil {
		return nil, nil, errors.New("layout: no font registry in Options.Fonts")
	}
	// A view of the registry: this brief sees the built-in fonts and its
	// own brand's, not those other briefs of a batch added.
	opts.Fonts = opts.Fonts.View()
	return typeset(doc, brand, opts, inline.NewEngine(opts.Fonts))
}

func typeset(doc *briefs.Document, brand *briefs.Brand, opts Options, eng textEngine) (*frame.Document, briefs.Diagnostics, error) {
	if doc == nil {
		return nil, nil, errors.New("layout: no document")
	}
	if brand == nil {
		brand = doc.Brand
	}
	if brand == nil {
		brand = &briefs.Brand{}
	}
	var fontWarns []string
	t := newThemeWarn(doc, brand, opts.Fonts, &fontWarns)
	g := newGeometry(brand.Page, t.base == inline.RTL)
	b := &builder{eng: eng, t: &t, g: g, brand: brand, seen: map[int]bool{}}
	for _, w := range fontWarns {
		b.warn(w)
	}
	b.sp = spanner{t: &t, accent: inline.Style{Color: col(t.colors.Accent)}}

	flow := b.blocks(doc.Blocks, b.bodyCtx())
	flow = append(flow, b.sources(doc)...)
	notes := b.noteBoxes(doc.Notes)
	if b.err != nil {
		return nil, nil, fmt.Errorf("layout: %w", b.err)
	}
	// Notes sit on the foot of the text area with their descenders inside it.
	for _, nb := range notes {
		for _, x := range nb {
			b.noteOver = max(b.noteOver, x.over)
		}
	}
	pg := &paginator{height: g.textHeight, sep: t.noteLd*18/10 + b.noteOver, notes: notes, maxCarry: g.textHeight / 2}
	body := pg.paginate(flow)
	if pg.overfull > 0 {
		b.pos = briefs.Pos{}
		b.warn(fmt.Sprintf("%d block(s) taller than a page (a table row or an image): they run past the foot of their page", pg.overfull))
	}

	depth := doc.Meta.TOCDepth
	if depth <= 0 {
		depth = 2
	}
	var toc []*flowPage
	if doc.Meta.TOC && len(b.headingsTo(depth)) > 0 {
		var err error
		if toc, err = b.settleTOC(body, depth); err != nil {
			return nil, nil, err
		}
	}
	out := b.compose(doc, body, toc, depth, opts)
	if b.err != nil {
		return nil, nil, fmt.Errorf("layout: %w", b.err)
	}
	var diags briefs.Diagnostics
	for _, w := range b.warns {
		diags = append(diags, briefs.Diagnostic{File: doc.File, Line: w.pos.Line, Col: w.pos.Col, Severity: briefs.Warning, Message: w.msg})
	}
	return out, diags, nil
}

func (b *builder) headingsTo(depth int) []headingInfo {
	var out []headingInfo
	for _, h := range b.headings {
		if h.level <= depth {
			out = append(out, h)
		}
	}
	return out
}

// pageLabels maps each heading anchor to the printed number of its body
// page. Body numbering starts at 1 after the front matter, so the numbers
// do not depend on how many pages the contents take.
func (b *builder) pageLabels(body []*flowPage) map[string]string {
	m := map[string]string{}
	for i, p := range body {
		for _, h := range p.headings {
			m[h] = localDigits(itoa(i+1), b.t.lang)
		}
	}
	return m
}

// settleTOC lays out the table of contents until its page numbers and its
// length stop changing (a longer contents could move the body), at most
// maxTOCPasses times.
func (b *builder) settleTOC(body []*flowPage, depth int) ([]*flowPage, error) {
	tp := &paginator{height: b.g.textHeight}
	prevPages := -1
	var prev map[string]string
	for pass := 0; pass < maxTOCPasses; pass++ {
		labels := b.pageLabels(body)
		toc := tp.paginate(b.tocBoxes(depth, labels))
		if b.err != nil {
			return nil, fmt.Errorf("layout: %w", b.err)
		}
		if len(toc) == prevPages && sameLabels(prev, labels) {
			return toc, nil
		}
		prevPages, prev = len(toc), labels
	}
	return nil, fmt.Errorf("layout: the table of contents did not settle in %d passes", maxTOCPasses)
}

func sameLabels(a, b map[string]string) bool {
	if a == nil || len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// sourcesID is the anchor of the sources list heading.
const sourcesID = "sources"

// sources sets the sources list: a level-1 heading and one entry per
// source with a hanging indent, each in its own direction.
func (b *builder) sources(doc *briefs.Document) []box {
	if len(doc.Sources) == 0 {
		return nil
	}
	title := doc.Meta.SourcesTitle
	if title == "" {
		title = briefs.TermsFor(b.t.lang).Sources
	}
	// The sources list is back matter: its heading is never numbered.
	b.inAside = true
	out := b.heading(&briefs.Heading{Level: 1, ID: sourcesID, Content: []briefs.Inline{&briefs.Text{Text: title}}, Dir: doc.Dir}, b.bodyCtx())
	b.inAside = false
	c := b.bodyCtx()
	c.st.Size = b.t.body.Size * 92 / 100
	c.lead = b.t.bodyLd * 92 / 100
	c.align = inline.Start
	hang := c.st.Size * 2
	for _, s := range doc.Sources {
		lines, x := b.para(b.sp.spans(s.Content, c.st, "", nil), dirOf(s.Dir), c, hang)
		if len(lines) > 0 && lines[0].Dir == inline.RTL {
			x = 0 // the measure minus the hang, hung from the right
		}
		out = append(out, linesToBoxes(lines, x)...)
		out = append(out, glue(c.gap))
	}
	return out
}
