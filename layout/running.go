package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// fields are the values of the header and footer placeholders.
type fields struct {
	title, kind, date, name string
	page, pages             int
}

// expand fills a template's {title} {kind} {page} {pages} {date} {name}
// placeholders; numbers are written in the document's digits. Unknown
// placeholders are left as written.
func expand(tmpl string, f fields, lang string) string {
	r := strings.NewReplacer(
		"{title}", f.title, "{kind}", f.kind, "{date}", f.date, "{name}", f.name,
		"{page}", localDigits(itoa(f.page), lang), "{pages}", localDigits(itoa(f.pages), lang),
	)
	out := r.Replace(tmpl)
	// An empty field leaves its separator behind ("{name} · {kind}" with
	// no kind): drop separators at the ends and doubled ones.
	const seps = " ·|•–—-/"
	for {
		fields := strings.Fields(out)
		clean := fields[:0]
		for _, f := range fields {
			if strings.Trim(f, seps) == "" && (len(clean) == 0 || strings.Trim(clean[len(clean)-1], seps) == "") {
				continue
			}
			clean = append(clean, f)
		}
		for len(clean) > 0 && strings.Trim(clean[len(clean)-1], seps) == "" {
			clean = clean[:len(clean)-1]
		}
		next := strings.Join(clean, " ")
		if next == out {
			return out
		}
		out = next
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// defaultTemplates are the built-in brand's header and footer.
func defaultTemplates(lang string) (header, footer string) {
	return "{title}", briefs.TermsFor(lang).PageOf
}

// running draws the header (with a hairline under it) and the footer of
// page index i: both on the outer edge of the page, so they mirror on
// facing pages and in RTL documents.
func (b *builder) running(i int, header, footer string) []frame.Item {
	var out []frame.Item
	g := b.g
	left := g.left(i)
	place := func(text string, base frame.Length) {
		if text == "" || b.err != nil {
			return
		}
		ln, err := b.fitLine(text, g.measure*3/4)
		if err != nil {
			b.err = err
			return
		}
		w := ln.Width
		x := left + g.measure - w
		if g.outerLeft(i) {
			x = left
		}
		out = append(out, &frame.Group{Pos: frame.Point{X: x, Y: base}, Items: ln.Items})
	}
	place(header, g.header)
	if header != "" {
		muted := col(b.t.colors.Muted)
		out = append(out, &frame.Shape{Pos: frame.Point{X: left, Y: g.header + b.t.small.Size*6/10},
			Path: frame.LinePath(g.measure, 0), Stroke: &frame.Stroke{Color: muted, Width: frame.Points(0.3)}})
	}
	place(footer, g.footer)
	if logo := b.brand.Logo; logo != nil && header != "" && logo.Width > 0 && logo.Height > 0 {
		// The logo stands at the inner edge, opposite the header text.
		h := b.t.small.Size * 2
		w := h * frame.Length(logo.Width) / frame.Length(logo.Height)
		if w > g.measure/4 {
			w, h = g.measure/4, g.measure/4*frame.Length(logo.Height)/frame.Length(logo.Width)
		}
		x := left
		if g.outerLeft(i) {
			x = left + g.measure - w
		}
		out = append(out, &frame.Image{Pos: frame.Point{X: x, Y: g.header + b.t.small.Size*3/10 - h}, Width: w, Height: h, Source: imageSource(logo), Alt: b.brand.Name})
	}
	return out
}

// fitLine shapes a running-head text in the small style, shortened with an
// ellipsis to at most maxW; results are cached, as every page repeats them.
func (b *builder) fitLine(text string, maxW frame.Length) (inline.Line, error) {
	if ln, ok := b.heads[text]; ok {
		return ln, nil
	}
	shape := func(s string) (inline.Line, error) {
		return b.eng.Shape([]inline.Span{{Text: s, Style: b.t.small}}, inline.Auto, b.t.lang)
	}
	ln, err := shape(text)
	if err != nil {
		return ln, err
	}
	if ln.Width > maxW {
		runes := []rune(text)
		lo, hi := 0, len(runes) // the longest prefix that fits
		best := inline.Line{}
		for lo < hi {
			mid := (lo + hi + 1) / 2
			cand, err := shape(strings.TrimSpace(string(runes[:mid])) + "…")
			if err != nil {
				return cand, err
			}
			if cand.Width <= maxW {
				lo, best = mid, cand
			} else {
				hi = mid - 1
			}
		}
		if lo > 0 {
			ln = best
		}
	}
	if b.heads == nil {
		b.heads = map[string]inline.Line{}
	}
	b.heads[text] = ln
	return ln, nil
}
