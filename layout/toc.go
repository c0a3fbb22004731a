package layout

import (
	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// tocTitle is the heading of the table of contents.
func tocTitle(lang string) string { return briefs.TermsFor(lang).Contents }

// tocBoxes sets the table of contents: one entry per heading up to depth,
// indented by level, dot leaders up to the page number at the end side
// (right in LTR, left in RTL), the whole entry a link to the heading.
// pages maps heading anchors to page labels; a missing one prints blank.
func (b *builder) tocBoxes(depth int, pages map[string]string) []box {
	var out []box
	title := b.t.heading[1]
	tl, x := b.para([]inline.Span{{Text: tocTitle(b.t.lang), Style: title}}, b.t.base, ctx{st: title, lead: title.Size * 13 / 10, align: inline.Start}, 0)
	for _, ln := range tl {
		out = append(out, lineBox(ln, x))
	}
	out = append(out, glue(b.t.bodyLd))
	numCol := b.t.body.Size * 3
	rtl := b.t.base == inline.RTL
	muted := col(b.t.colors.Muted)
	for _, h := range b.headings {
		if h.level > depth {
			continue
		}
		st := b.t.body
		if h.level == 1 {
			st.Bold = true
			st.LatinFamily, st.ArabicFamily = b.t.heading[1].LatinFamily, b.t.heading[1].ArabicFamily
			st.Size = b.t.body.Size
		}
		spans := restyle(h.spans, st)
		if h.number != "" {
			spans = append([]inline.Span{{Text: h.number + "\u2002", Style: st}}, spans...)
		}
		indent := frame.Length(h.level-1) * b.t.body.Size * 15 / 10
		c := ctx{st: st, lead: b.t.bodyLd, align: inline.Start, indent: indent}
		width := b.g.measure - indent - numCol
		p := &inline.Paragraph{Spans: spans, Dir: b.t.base, Base: b.t.base, Lang: b.t.lang, Align: inline.Start, Width: width, Leading: c.lead}
		lines, _, err := b.eng.Layout(p)
		if err != nil {
			b.err = err
			return nil
		}
		x := b.startX(indent, width, rtl)
		if h.level == 1 {
			out = append(out, glue(b.t.bodyLd*35/100))
		}
		var entry []box
		for _, ln := range lines {
			entry = append(entry, lineBox(ln, x))
		}
		if len(entry) == 0 {
			continue
		}
		last := &entry[len(entry)-1]
		var base frame.Length
		if g, ok := last.items[0].(*frame.Group); ok {
			base = g.Pos.Y
		}
		num, err := b.eng.Shape([]inline.Span{{Text: pages[h.id], Style: st}}, b.t.base, b.t.lang)
		if err != nil {
			b.err = err
			return nil
		}
		lo, hi := extent(lines[len(lines)-1])
		gap := st.Size * 5 / 10
		var nx, ls, le frame.Length // number x, leader start and end
		if rtl {
			nx = 0
			ls, le = num.Width+gap, x+lo-gap
		} else {
			nx = b.g.measure - num.Width
			ls, le = x+hi+gap, nx-gap
		}
		last.items = append(last.items, &frame.Group{Pos: frame.Point{X: nx, Y: base}, Items: num.Items})
		if le-ls > st.Size {
			dot := frame.Points(0.7)
			last.items = append(last.items, &frame.Shape{Pos: frame.Point{X: ls, Y: base - dot}, Path: frame.LinePath(le-ls, 0),
				Stroke: &frame.Stroke{Color: muted, Width: dot, Dash: []frame.Length{dot, frame.Points(2.6)}}})
		}
		var h0 frame.Length
		for _, e := range entry {
			h0 += e.h
		}
		entry[0].items = append(entry[0].items, &frame.Link{Rect: frame.Rect{Width: b.g.measure, Height: h0}, Dest: h.id})
		for i := range entry[:len(entry)-1] {
			entry[i].keep = true
		}
		out = append(out, entry...)
	}
	return out
}

// restyle gives spans style st, keeping bold and italic of the source.
func restyle(spans []inline.Span, st inline.Style) []inline.Span {
	out := make([]inline.Span, len(spans))
	for i, s := range spans {
		n := st
		n.Italic = s.Style.Italic
		n.Bold = st.Bold || s.Style.Bold
		out[i] = inline.Span{Text: s.Text, Style: n}
	}
	return out
}

// extent returns the horizontal extent of a line's glyphs (relative to the
// line origin); 0, 0 for an empty line.
func extent(ln inline.Line) (lo, hi frame.Length) {
	first := true
	for _, it := range ln.Items {
		r, ok := it.(*frame.GlyphRun)
		if !ok {
			continue
		}
		var w frame.Length
		for _, g := range r.Glyphs {
			w += g.Advance
		}
		if first || r.Pos.X < lo {
			lo = r.Pos.X
		}
		if first || r.Pos.X+w > hi {
			hi = r.Pos.X + w
		}
		first = false
	}
	return lo, hi
}
