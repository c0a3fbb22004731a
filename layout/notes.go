package layout

import (
	"strconv"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// noteBoxes lays out every note in the note style: its number (an anchor
// "note-N" linking back to "ref-N") run in before its text; later blocks of
// a note are indented.
func (b *builder) noteBoxes(notes []*briefs.Note) [][]box {
	out := make([][]box, len(notes)+1)
	nc := ctx{st: b.t.note, lead: b.t.noteLd, align: inline.Justify, gap: b.t.noteLd / 5, note: true}
	hang := b.t.note.Size * 18 / 10
	for _, n := range notes {
		if n == nil || n.Number <= 0 || n.Number >= len(out) {
			continue
		}
		var bs []box
		for i, bl := range n.Blocks {
			p, ok := bl.(*briefs.Paragraph)
			if !ok {
				c := nc
				c.indent = hang
				bs = append(bs, b.block(bl, c)...)
				continue
			}
			spans := b.sp.spans(p.Content, nc.st, "", nil)
			dir := dirOf(p.Dir)
			if dir == inline.Auto {
				dir = dirOf(n.Dir)
			}
			if i == 0 {
				mark := nc.st
				mark.Color = b.sp.accent.Color
				mark.Bold = true
				num := localDigits(strconv.Itoa(n.Number), b.t.arabic)
				spans = append([]inline.Span{{Text: num + "\u2002", Style: mark, Anchor: noteAnchor(n.Number), Link: "#" + refAnchor(n.Number)}}, spans...)
			}
			ind := hang
			if i == 0 {
				ind = 0
			}
			c := nc
			c.indent = ind
			lines, x := b.para(spans, dir, c, 0)
			bs = append(bs, linesToBoxes(lines, x)...)
			bs = append(bs, glue(nc.gap))
		}
		// Notes are stacked without glue semantics: turn spaces into boxes.
		for i := range bs {
			bs[i].kind = kBox
			bs[i].keep = false
		}
		for len(bs) > 0 && len(bs[len(bs)-1].items) == 0 {
			bs = bs[:len(bs)-1]
		}
		out[n.Number] = bs
	}
	return out
}

// noteRule draws the separator above the notes of page: a short rule on
// the start side, or a full-width rule when a note continues from the
// previous page.
func noteRule(g geometry, t *theme, continued bool) frame.Item {
	w := g.measure / 4
	x := frame.Length(0)
	if continued {
		w = g.measure
	} else if t.base == inline.RTL {
		x = g.measure - w
	}
	return &frame.Shape{Pos: frame.Point{X: x}, Path: frame.LinePath(w, 0), Stroke: &frame.Stroke{Color: col(t.colors.Muted), Width: frame.Points(0.5)}}
}
