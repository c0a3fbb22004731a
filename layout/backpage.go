package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// backPage builds the last page: the brand's name, its about text, website
// and email, and the rights line, in the lower part of the page above a
// band in the primary colour.
func (b *builder) backPage(doc *briefs.Document, i int) frame.Page {
	g, t := b.g, b.t
	page := frame.Page{Width: g.width, Height: g.height}
	primary, accent := col(t.colors.Primary), col(t.colors.Accent)
	band := g.height * 7 / 100
	var bs []box
	name := t.heading[2]
	bs = append(bs, b.text(b.brand.Name, name, name.Size*13/10, 0)...)
	bs = append(bs, glue(t.bodyLd/2))
	c := b.bodyCtx()
	c.st.Size = t.body.Size * 92 / 100
	c.lead = t.bodyLd * 92 / 100
	about := b.aside(b.brand.About, c)
	bs = append(bs, about...)
	contact := t.small
	contact.Size = t.body.Size * 9 / 10
	contact.Color = col(t.colors.Primary)
	for _, s := range []string{b.brand.Website, b.brand.Email} {
		if s == "" {
			continue
		}
		lines, x := b.para([]inline.Span{{Text: s, Style: contact, Link: linkFor(s)}}, inline.LTR, ctx{st: contact, lead: t.bodyLd, align: inline.Start}, 0)
		bs = append(bs, linesToBoxes(lines, x)...)
	}
	if doc.Meta.Rights != "" {
		bs = append(bs, glue(t.bodyLd/2))
		bs = append(bs, b.text(doc.Meta.Rights, t.small, t.small.Size*14/10, 0)...)
	}
	h := height(bs)
	top := max(g.top, g.height-band-g.bottom/2-h)
	x0 := g.left(i)
	rx := frame.Length(0)
	if t.base == inline.RTL {
		rx = g.measure - frame.Points(48)
	}
	page.Items = append(page.Items, &frame.Shape{Pos: frame.Point{X: x0 + rx, Y: top - frame.Points(16)}, Path: frame.RectPath(frame.Points(48), frame.Points(2), 0), Fill: &accent})
	if logo := b.brand.Logo; logo != nil && logo.Width > 0 && logo.Height > 0 {
		lh := frame.Points(40)
		lw := lh * frame.Length(logo.Width) / frame.Length(logo.Height)
		lw = min(lw, g.measure/3)
		lx := x0
		if t.base == inline.RTL {
			lx = x0 + g.measure - lw
		}
		page.Items = append(page.Items, &frame.Image{Pos: frame.Point{X: lx, Y: top - frame.Points(30) - lh}, Width: lw, Height: lw * frame.Length(logo.Height) / frame.Length(logo.Width), Source: imageSource(logo), Alt: b.brand.Name})
	}
	s := &sheet{x0: x0, y: top}
	s.add(bs)
	page.Items = append(page.Items, s.items...)
	page.Items = append(page.Items, &frame.Shape{Pos: frame.Point{Y: g.height - band}, Path: frame.RectPath(g.width, band, 0), Fill: &primary})
	return page
}

// linkFor makes a URI of a website or an email address.
func linkFor(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			return "mailto:" + s
		}
		if s[i] == ':' {
			return s
		}
	}
	return "https://" + s
}
