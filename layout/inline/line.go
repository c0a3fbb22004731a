package inline

// Line-building stage. In: the shaped paragraph and one line's rune range.
// Out: a Line: pieces cut from the items (re-shaped when a cut could change
// shaping), justified by widening the interword spaces, reordered visually
// and placed as frame.GlyphRun, frame.Link and frame.Anchor items.

import (
	"strings"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
)

// lineSpec says how to set one line.
type lineSpec struct {
	start, end int          // content runes (trailing spaces excluded)
	next       int          // first rune of the next line (anchors/notes up to it belong here)
	avail      frame.Length // width available (measure minus indent)
	indent     frame.Length
	measure    frame.Length // 0: natural width (Shape)
	align      Align
	justify    bool // stretch or shrink the spaces to fill avail
	fit        bool // shrink the spaces if the line is too wide (justified paragraphs)
	leading    frame.Length
}

// cutSafe reports whether slicing an item's glyphs at rune i gives what
// shaping the parts would: true at the item's edges and next to a space
// (letters do not join or kern across a space).
func (p *para) cutSafe(it *item, i int) bool {
	if i <= it.start || i >= it.end {
		return true
	}
	return isBreakSpace(p.runes[i-1]) || isBreakSpace(p.runes[i])
}

// pieces cuts the items overlapping [start, end) into pieces.
func (e *Engine) pieces(p *para, start, end int) ([]piece, error) {
	var out []piece
	for k := range p.items {
		it := &p.items[k]
		ps, pe := max(it.start, start), min(it.end, end)
		if ps >= pe || (pe-ps == 1 && p.runes[ps] == '\n') {
			continue
		}
		pc := piece{it: it, start: ps, end: pe}
		switch {
		case ps == it.start && pe == it.end:
			pc.glyphs = it.glyphs
		case p.cutSafe(it, ps) && p.cutSafe(it, pe):
			// The glyphs of a rune range cut at cluster boundaries are
			// contiguous in visual order (reversed for RTL items).
			gi := 0
			for gi < len(it.glyphs) && (it.glyphs[gi].cluster < ps || it.glyphs[gi].cluster >= pe) {
				gi++
			}
			gj := gi
			for gj < len(it.glyphs) && it.glyphs[gj].cluster >= ps && it.glyphs[gj].cluster < pe {
				gj++
			}
			pc.glyphs = it.glyphs[gi:gj]
		default:
			g, err := e.shapeRange(p, it, ps, pe)
			if err != nil {
				return nil, err
			}
			pc.glyphs = g
		}
		out = append(out, pc)
	}
	return out, nil
}

// justify widens (or narrows) the break spaces of pieces so that their total
// width grows by extra, in proportion to each space's width (stretch is 1/2
// and shrink 1/3 of a space, both proportional to its width). The integer
// remainder goes to the first spaces, so the line is exactly flush. Spaces
// shrink by at most a third: an overfull line stays overfull.
func (p *para) justify(pieces []piece, extra frame.Length) {
	type sp struct{ pc, g int }
	var spaces []sp
	var total frame.Length
	for i := range pieces {
		for j, g := range pieces[i].glyphs {
			if isBreakSpace(p.runes[g.cluster]) && g.advance > 0 {
				spaces = append(spaces, sp{i, j})
				total += g.advance
			}
		}
	}
	if total <= 0 || extra == 0 {
		return
	}
	extra = max(extra, -total/3) // never shrink spaces below 2/3 of their width
	add := func(s sp, v frame.Length) {
		pc := &pieces[s.pc]
		if pc.adds == nil {
			pc.adds = make([]frame.Length, len(pc.glyphs))
		}
		pc.adds[s.g] += v
	}
	var given frame.Length
	for _, s := range spaces {
		v := frame.Length(int64(extra) * int64(pieces[s.pc].glyphs[s.g].advance) / int64(total))
		add(s, v)
		given += v
	}
	rest, step := extra-given, frame.Length(1)
	if rest < 0 {
		step = -1
	}
	for i := 0; rest != 0; i = (i + 1) % len(spaces) {
		add(spaces[i], step)
		rest -= step
	}
}

// setLine builds one line.
func (e *Engine) setLine(p *para, ls lineSpec) (Line, frame.Length, error) {
	pcs, err := e.pieces(p, ls.start, ls.end)
	if err != nil {
		return Line{}, 0, err
	}
	var natural frame.Length
	for i := range pcs {
		pcs[i].measure()
		natural += pcs[i].width
	}
	if ls.justify && natural != ls.avail || ls.fit && natural > ls.avail {
		p.justify(pcs, ls.avail-natural)
		natural = 0
		for i := range pcs {
			pcs[i].measure()
			natural += pcs[i].width
		}
	}
	for i := range pcs {
		pcs[i].logical = i
	}
	reorder(pcs)

	ln := Line{Dir: p.dir, Leading: ls.leading, Width: ls.measure}
	if ls.measure == 0 {
		ln.Width = natural
	}
	// x0: the left edge of the content.
	var x frame.Length
	rtl := p.dir == RTL
	switch align := ls.align; {
	case ls.justify, align == Start || align == Justify:
		if rtl {
			x = ln.Width - ls.indent - natural
		} else {
			x = ls.indent
		}
	case align == End:
		if !rtl {
			x = ln.Width - natural
		}
	case align == Center:
		if rtl {
			x = (ls.avail - natural) / 2
		} else {
			x = ls.indent + (ls.avail-natural)/2
		}
	}

	var anchorX map[int]frame.Length // rune → x of its cluster's start edge
	if p.hasAnchors {
		anchorX = map[int]frame.Length{}
	}
	// Items are positioned visually but listed in logical order: text
	// extractors that follow drawing order (MuPDF) then read mixed-direction
	// lines in the order they were written.
	byLogical := make([][]frame.Item, len(pcs))
	for i := range pcs {
		pc := &pcs[i]
		st := p.spans[pc.it.span].Style
		m, _ := pc.it.font.Metrics()
		asc := scale(int32(m.Ascender*64), st.Size, m.UnitsPerEm) + st.Rise
		desc := scale(int32(m.Descender*64), st.Size, m.UnitsPerEm) - st.Rise
		ln.Ascent, ln.Descent = max(ln.Ascent, asc), max(ln.Descent, desc)

		run := &frame.GlyphRun{
			Pos:    frame.Point{X: x, Y: -st.Rise},
			Font:   pc.it.font,
			Size:   st.Size,
			Color:  st.Color,
			Lang:   p.langID,
			RTL:    pc.it.rtl(),
			Text:   p.text[p.offs[pc.start]:p.offs[pc.end]],
			Glyphs: make([]frame.Glyph, len(pc.glyphs)),
		}
		ends := p.clusterEnds(pc)
		base := p.offs[pc.start]
		gx := x
		for k, g := range pc.glyphs {
			adv := pc.advance(k)
			run.Glyphs[k] = frame.Glyph{
				ID: g.id, Advance: adv, XOffset: g.xoff, YOffset: g.yoff,
				Start: p.offs[g.cluster] - base, End: p.offs[ends[g.cluster-pc.start]] - base,
			}
			if anchorX != nil {
				if _, ok := anchorX[g.cluster]; !ok {
					if run.RTL {
						anchorX[g.cluster] = gx + adv
					} else {
						anchorX[g.cluster] = gx
					}
				}
			}
			gx += adv
		}
		items := []frame.Item{run}
		if link := p.spans[pc.it.span].Link; link != "" {
			l := &frame.Link{Rect: frame.Rect{X: x, Width: pc.width}}
			if name, ok := strings.CutPrefix(link, "#"); ok {
				l.Dest = name
			} else {
				l.URI = link
			}
			items = append(items, l)
		}
		byLogical[pc.logical] = items
		x += pc.width
	}
	for _, items := range byLogical {
		ln.Items = append(ln.Items, items...)
	}
	if len(pcs) == 0 { // an empty line still has the height of its font
		if f, err := e.strutFont(p, ls.start); err == nil {
			st := p.spans[p.spanOf[min(ls.start, len(p.spanOf)-1)]].Style
			m, _ := f.Metrics()
			ln.Ascent = scale(int32(m.Ascender*64), st.Size, m.UnitsPerEm)
			ln.Descent = scale(int32(m.Descender*64), st.Size, m.UnitsPerEm)
		}
	}
	for _, it := range ln.Items {
		if l, ok := it.(*frame.Link); ok {
			l.Rect.Y, l.Rect.Height = -ln.Ascent, ln.Ascent+ln.Descent
		}
	}
	e.marks(p, &ln, ls, anchorX)
	return ln, natural, nil
}

// clusterEnds returns, for each rune of pc (indexed from pc.start), the
// end (exclusive rune index) of the cluster starting there: the next
// cluster start, or pc.end. It reuses a buffer of p.
func (p *para) clusterEnds(pc *piece) []int {
	n := pc.end - pc.start
	if cap(p.endsBuf) < n {
		p.endsBuf = make([]int, n)
	}
	ends := p.endsBuf[:n]
	for i := range ends {
		ends[i] = -1
	}
	for _, g := range pc.glyphs {
		ends[g.cluster-pc.start] = 0 // a cluster starts here
	}
	next := pc.end
	for i := n - 1; i >= 0; i-- {
		if ends[i] == 0 {
			ends[i] = next
			next = pc.start + i
		}
	}
	return ends
}

// marks adds the anchors and note numbers of spans that start on the line.
func (e *Engine) marks(p *para, ln *Line, ls lineSpec, anchorX map[int]frame.Length) {
	for i, sp := range p.spans {
		if sp.Anchor == "" && sp.Note <= 0 {
			continue
		}
		start := p.spanStart[i]
		if start < ls.start || start >= ls.next {
			if !(start == len(p.runes) && ls.next == len(p.runes) && start >= ls.start) {
				continue
			}
		}
		if sp.Anchor != "" {
			x, ok := anchorX[start]
			if !ok {
				x = 0
				if p.dir == RTL {
					x = ln.Width
				}
			}
			ln.Items = append(ln.Items, &frame.Anchor{Pos: frame.Point{X: x, Y: -ln.Ascent}, Name: sp.Anchor})
		}
		if sp.Note > 0 {
			ln.Notes = append(ln.Notes, sp.Note)
		}
	}
}

// strutFont is the Latin font of the span at rune i, for empty lines.
func (e *Engine) strutFont(p *para, i int) (*fonts.Font, error) {
	if len(p.spanOf) == 0 {
		return nil, errNoText
	}
	st := p.spans[p.spanOf[min(i, len(p.spanOf)-1)]].Style
	fam := st.LatinFamily
	if fam == "" {
		fam = DefaultLatinFamily
	}
	return e.reg.Font(fam, st.Bold, st.Italic)
}
