package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// compose turns the paginated cover, contents, body and back page into the
// frame document with running heads, page labels, outline and metadata.
func (b *builder) compose(doc *briefs.Document, body, toc []*flowPage, depth int, opts Options) *frame.Document {
	out := &frame.Document{}
	g := b.g
	out.Pages = append(out.Pages, b.cover(doc))
	out.Labels = append(out.Labels, frame.PageLabel{StartPage: 0, Style: frame.LabelNone})
	header, footer := b.brand.Header, b.brand.Footer
	if header == "" && footer == "" {
		header, footer = defaultTemplates(b.t.lang)
	}
	f := fields{title: doc.Meta.Title, kind: doc.Meta.Kind, date: formatDate(doc.Meta.Date, b.t.lang), name: b.brand.Name, pages: len(body)}

	if len(toc) > 0 && !b.t.arabic {
		out.Labels = append(out.Labels, frame.PageLabel{StartPage: len(out.Pages), Style: frame.LabelRomanLower, First: 1})
	}
	for k, p := range toc {
		i := len(out.Pages)
		pg := b.flowPage(p, i)
		number := roman(k + 1)
		if b.t.arabic {
			// Arabic front matter is numbered with abjad letters (أ، ب، ج…),
			// as Arabic books number their preliminary pages; PDF has no
			// such label style, so each page gets its own prefix label.
			number = abjad(k + 1)
			out.Labels = append(out.Labels, frame.PageLabel{StartPage: i, Style: frame.LabelNone, Prefix: number})
		}
		pg.Items = append(pg.Items, b.running(i, "", number)...)
		out.Pages = append(out.Pages, pg)
	}
	style := frame.LabelDecimal
	if b.t.arabic {
		style = frame.LabelArabicIndic
	}
	// Persian and Urdu write Extended Arabic-Indic digits (۴۵۶, not ٤٥٦),
	// which no PDF label style has: each page gets its number as a prefix.
	ownDigits := b.t.arabic && localDigits("1", b.t.lang) != "١"
	if !ownDigits {
		out.Labels = append(out.Labels, frame.PageLabel{StartPage: len(out.Pages), Style: style, First: 1})
	}
	for k, p := range body {
		i := len(out.Pages)
		pg := b.flowPage(p, i)
		f.page = k + 1
		if ownDigits {
			out.Labels = append(out.Labels, frame.PageLabel{StartPage: i, Style: frame.LabelNone, Prefix: localDigits(itoa(k+1), b.t.lang)})
		}
		pg.Items = append(pg.Items, b.running(i, expand(header, f, b.t.lang), expand(footer, f, b.t.lang))...)
		out.Pages = append(out.Pages, pg)
	}
	if len(out.Pages)%2 == 0 { // the back page is a verso (odd index): the back of the last sheet
		out.Pages = append(out.Pages, frame.Page{Width: g.width, Height: g.height})
	}
	out.Pages = append(out.Pages, b.backPage(doc, len(out.Pages)))
	if doc.Meta.Draft {
		wm := b.watermark()
		for i := range out.Pages {
			out.Pages[i].Items = append(out.Pages[i].Items, wm...)
		}
	}
	for _, h := range b.headingsTo(depth) {
		title := h.text
		if h.number != "" {
			title = h.number + " " + title
		}
		out.Outline = append(out.Outline, frame.OutlineEntry{Title: title, Level: h.level, Dest: h.id})
	}
	out.Meta = b.metadata(doc, opts)
	b.checkLinks(out)
	return out
}

// checkLinks drops internal links and outline entries whose destination
// no anchor names (a cross reference to a missing heading), with a
// warning, so that the writers never meet a dangling destination.
func (b *builder) checkLinks(doc *frame.Document) {
	names := map[string]bool{}
	var collect func(items []frame.Item)
	collect = func(items []frame.Item) {
		for _, it := range items {
			switch n := it.(type) {
			case *frame.Group:
				collect(n.Items)
			case *frame.Anchor:
				names[n.Name] = true
			}
		}
	}
	for _, p := range doc.Pages {
		collect(p.Items)
	}
	var filter func(items []frame.Item) []frame.Item
	filter = func(items []frame.Item) []frame.Item {
		out := items[:0]
		for _, it := range items {
			switch n := it.(type) {
			case *frame.Group:
				n.Items = filter(n.Items)
			case *frame.Link:
				if n.URI == "" && !names[n.Dest] {
					b.pos = b.linkPos[n]
					b.warn("link to #" + n.Dest + ": no heading or note has that name; the link is left out")
					continue
				}
			}
			out = append(out, it)
		}
		return out
	}
	for i := range doc.Pages {
		doc.Pages[i].Items = filter(doc.Pages[i].Items)
	}
	outline := doc.Outline[:0]
	for _, e := range doc.Outline {
		if names[e.Dest] {
			outline = append(outline, e)
		}
	}
	doc.Outline = outline
}

// flowPage places a paginated page: body boxes from the top of the text
// area, notes at its foot under their rule.
func (b *builder) flowPage(p *flowPage, i int) frame.Page {
	g := b.g
	pg := frame.Page{Width: g.width, Height: g.height}
	x := g.left(i)
	for _, pl := range p.body {
		if len(pl.box.items) > 0 {
			pg.Items = append(pg.Items, &frame.Group{Pos: frame.Point{X: x, Y: g.top + pl.y}, Items: pl.box.items})
		}
	}
	if len(p.notes) > 0 {
		y := g.height - g.bottom - p.noteH - b.noteOver
		pg.Items = append(pg.Items, &frame.Group{Pos: frame.Point{X: x, Y: y - b.t.noteLd*9/10}, Items: []frame.Item{noteRule(g, b.t, p.continued)}})
		for _, nb := range p.notes {
			if len(nb.items) > 0 {
				pg.Items = append(pg.Items, &frame.Group{Pos: frame.Point{X: x, Y: y}, Items: nb.items})
			}
			y += nb.h
		}
	}
	return pg
}

// metadata fills the document information from the brief.
func (b *builder) metadata(doc *briefs.Document, opts Options) frame.Metadata {
	m := frame.Metadata{
		Title: doc.Meta.Title, Subject: doc.Meta.Subtitle, Keywords: doc.Meta.Keywords,
		Lang: b.t.lang, RTL: b.t.base == inline.RTL, Creator: b.brand.Name, Producer: opts.Producer, Date: opts.Date,
	}
	for _, a := range doc.Meta.Authors {
		m.Authors = append(m.Authors, a.Name)
	}
	return m
}

// roman writes n in lower-case roman numerals.
func roman(n int) string {
	vals := [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := [...]string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	s := ""
	for i, v := range vals {
		for n >= v {
			s += syms[i]
			n -= v
		}
	}
	return s
}

// abjad returns the n-th (1-based) letter of the abjad order, used for
// Arabic front-matter page numbers; past the tenth it falls back to
// Arabic-Indic digits.
func abjad(n int) string {
	letters := []string{"أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"}
	if n >= 1 && n <= len(letters) {
		return letters[n-1]
	}
	return localDigits(itoa(n), "ar")
}
