package layout

import (
	"strings"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// sheet places boxes on a page from a running y, at the text area's left
// edge x0: the cover and the back page are built with it.
type sheet struct {
	x0, y frame.Length
	items []frame.Item
}

func (s *sheet) add(bs []box) {
	for _, b := range bs {
		if b.kind == kBox {
			s.items = append(s.items, &frame.Group{Pos: frame.Point{X: s.x0, Y: s.y}, Items: b.items})
		}
		s.y += b.h
	}
}

func height(bs []box) frame.Length {
	var h frame.Length
	for _, b := range bs {
		h += b.h
	}
	return h
}

// text lays out plain text in style st, aligned on the document's start
// side whatever the text's own direction (an English name on an Arabic
// cover stands on the right, like the rest).
func (b *builder) text(s string, st inline.Style, lead frame.Length, indent frame.Length) []box {
	return b.textIn(s, st, lead, indent, 0)
}

// textEnd is text kept clear of the document's end side by end.
func (b *builder) textEnd(s string, st inline.Style, lead frame.Length, end frame.Length) []box {
	return b.textIn(s, st, lead, 0, end)
}

// textIn is text with room left on the document's start and end sides.
func (b *builder) textIn(s string, st inline.Style, lead, indent, end frame.Length) []box {
	if s == "" {
		return nil
	}
	spans := []inline.Span{{Text: s, Style: st}}
	align := inline.Start
	if resolveDir(spans, inline.Auto, b.t.base) != b.t.base {
		align = inline.End
	}
	c := ctx{st: st, lead: lead, align: align, indent: indent, end: end}
	if align == inline.End { // the text runs the other way: swap the sides
		c.indent, c.end = end, indent
	}
	lines, x := b.para(spans, inline.Auto, c, 0)
	return linesToBoxes(lines, x)
}

func abstractLabel(lang string) string { return briefs.TermsFor(lang).Summary }

// cover builds the cover page: a brand band with the name and logo, the
// kind label, title, subtitle, authors with affiliations, the date, the
// cover image with its credit line, and the abstract in a shaded box. A
// cover without image is designed around a wider band and an accent rule.
func (b *builder) cover(doc *briefs.Document) frame.Page {
	g, t := b.g, b.t
	b.pos = briefs.Pos{}
	page := frame.Page{Width: g.width, Height: g.height}
	primary, accent, bg := col(t.colors.Primary), col(t.colors.Accent), t.shade()
	hasImage := doc.Meta.Cover != nil && doc.Meta.Cover.Image != nil && doc.Meta.Cover.Image.Width > 0
	band := g.height * 16 / 100
	if !hasImage {
		band = g.height * 46 / 100
	}
	x0 := g.left(0)
	rtl := t.base == inline.RTL
	page.Items = append(page.Items, &frame.Shape{Path: frame.RectPath(g.width, band, 0), Fill: &primary})
	page.Items = append(page.Items, &frame.Shape{Pos: frame.Point{Y: band}, Path: frame.RectPath(g.width, frame.Points(4), 0), Fill: &accent})
	white := frame.Color{R: 255, G: 255, B: 255}
	name := t.heading[2]
	name.Color = white
	name.Size = frame.Points(13)
	// The logo stands at the end side of the band; the name keeps clear of it.
	var logoW frame.Length
	if logo := b.brand.Logo; logo != nil && logo.Width > 0 && logo.Height > 0 {
		lh := min(band*45/100, frame.Points(56))
		lw := lh * frame.Length(logo.Width) / frame.Length(logo.Height)
		if lw > g.measure/3 {
			lw, lh = g.measure/3, g.measure/3*frame.Length(logo.Height)/frame.Length(logo.Width)
		}
		lx := x0 + g.measure - lw
		if rtl {
			lx = x0
		}
		logoW = lw + frame.Points(12)
		page.Items = append(page.Items, &frame.Image{Pos: frame.Point{X: lx, Y: frame.Points(28)}, Width: lw, Height: lh, Source: imageSource(logo), Alt: b.brand.Name})
	}
	nameBoxes := b.textEnd(b.brand.Name, name, name.Size*13/10, logoW)
	s := &sheet{x0: x0, y: frame.Points(40)}
	if hasImage {
		s.y = band - height(nameBoxes) - frame.Points(18)
	}
	s.add(nameBoxes)
	page.Items = append(page.Items, s.items...)

	// The title block: kind, title, subtitle. Without a cover image it
	// stands in white at the foot of a tall band; with one, in the primary
	// colour under a narrow band.
	kind := t.heading[4]
	kind.Color = accent
	title := t.heading[1]
	title.Size = title.Size * 15 / 10
	sub := t.heading[3]
	sub.Bold = false
	sub.Size = frame.Points(14) * sizeScale(t.arabic) / 100
	sub.Color = col(t.colors.Muted)
	if !hasImage {
		kind.Color = mix(accent, white, 45)
		title.Color = white
		title.Size = title.Size * 115 / 100
		sub.Color = mix(primary, white, 78)
	}
	k := doc.Meta.Kind
	if !t.arabic {
		k = strings.ToUpper(k)
	}
	var block []box
	block = append(block, b.text(k, kind, kind.Size*14/10, 0)...)
	block = append(block, glue(frame.Points(6)))
	titleLead, subLead := title.Size*125/100, sub.Size*13/10
	if t.arabic { // Kufi and Naskh reach far above and below the line
		titleLead, subLead = title.Size*165/100, sub.Size*17/10
	}
	block = append(block, b.text(doc.Meta.Title, title, titleLead, 0)...)
	if doc.Meta.Subtitle != "" {
		block = append(block, glue(frame.Points(8)))
		block = append(block, b.text(doc.Meta.Subtitle, sub, subLead, 0)...)
	}
	s = &sheet{x0: x0, y: band + frame.Points(40)}
	if !hasImage {
		s.y = max(frame.Points(90), band-height(block)-frame.Points(36))
	}
	s.add(block)
	if !hasImage {
		s.y = band + frame.Points(12)
	}
	s.y += frame.Points(14)
	rx := frame.Length(0)
	if rtl {
		rx = g.measure - frame.Points(48)
	}
	s.items = append(s.items, &frame.Shape{Pos: frame.Point{X: x0 + rx, Y: s.y}, Path: frame.RectPath(frame.Points(48), frame.Points(2), 0), Fill: &accent})
	s.y += frame.Points(14)
	for _, a := range doc.Meta.Authors {
		st := t.body
		st.LatinFamily, st.ArabicFamily, st.Bold = t.heading[1].LatinFamily, t.heading[1].ArabicFamily, true
		s.add(b.text(a.Name, st, t.bodyLd, 0))
		if a.Affiliation != "" {
			s.add(b.text(a.Affiliation, t.small, t.small.Size*14/10, 0))
		}
		s.y += frame.Points(4)
	}
	if d := formatDate(doc.Meta.Date, t.lang); d != "" {
		st := t.small
		st.Size = t.body.Size * 9 / 10
		s.add(b.text(d, st, t.bodyLd, 0))
	}
	s.y += frame.Points(16)
	bottom := g.height - g.bottom
	var abs []box
	var absH frame.Length
	pad := frame.Points(12)
	if len(doc.Meta.Abstract) > 0 {
		c := ctx{st: t.body, lead: t.bodyLd * 95 / 100, align: inline.Justify, gap: t.bodyLd / 3, indent: pad}
		c.st.Size = t.body.Size * 95 / 100
		c.end = pad
		inner := b.aside(doc.Meta.Abstract, c)
		for len(inner) > 0 && inner[len(inner)-1].kind == kGlue {
			inner = inner[:len(inner)-1]
		}
		lab := t.heading[4]
		abs = append(b.text(abstractLabel(t.lang), lab, lab.Size*16/10, pad), inner...)
		absH = height(abs) + 2*pad
	}
	if hasImage {
		img := doc.Meta.Cover.Image
		credit := b.text(doc.Meta.Cover.Credit, t.small, t.small.Size*14/10, 0)
		room := bottom - s.y - absH - height(credit) - frame.Points(24)
		w := g.measure
		h := w * frame.Length(img.Height) / frame.Length(img.Width)
		if h > room {
			w, h = w*room/max(h, 1), room
		}
		if h > frame.Points(60) {
			ix := x0 + (g.measure-w)/2
			s.items = append(s.items, &frame.Image{Pos: frame.Point{X: ix, Y: s.y}, Width: w, Height: h, Source: imageSource(img), Alt: doc.Meta.Cover.Alt})
			s.y += h + frame.Points(4)
			s.add(credit)
			s.y += frame.Points(16)
		} else {
			b.warn("cover image left out: no room on the cover page")
		}
	}
	if len(abs) > 0 {
		top := max(s.y, bottom-absH)
		s.items = append(s.items, &frame.Shape{Pos: frame.Point{X: x0, Y: top}, Path: frame.RectPath(g.measure, absH, frame.Points(3)), Fill: &bg})
		s.y = top + pad
		s.add(abs)
		if s.y > bottom+pad {
			b.warn("abstract runs past the foot of the cover page")
		}
	}
	if w := b.brand.Website; w != "" {
		st := t.small
		foot := b.text(w, st, st.Size*14/10, 0)
		s.y = g.height - g.bottom/2 - height(foot)
		s.add(foot)
	}
	page.Items = append(page.Items, s.items...)
	return page
}

func imageSource(a *briefs.Asset) *frame.ImageSource {
	return &frame.ImageSource{Key: a.Hash, Format: a.Format, Data: a.Data, Width: a.Width, Height: a.Height}
}

// mix blends a towards b by pct percent.
func mix(a, b frame.Color, pct int) frame.Color {
	m := func(x, y uint8) uint8 { return uint8((int(x)*(100-pct) + int(y)*pct) / 100) }
	return frame.Color{R: m(a.R, b.R), G: m(a.G, b.G), B: m(a.B, b.B)}
}
