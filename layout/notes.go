package layout

import (
	"strconv"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// noteBoxes lays out every note in the note style, indented by a hang on
// the start side where its number stands (an anchor "note-N" that links
// back to "ref-N").
func (b *builder) noteBoxes(notes []*briefs.Note) [][]box {
	out := make([][]box, len(notes)+1)
	nc := ctx{st: b.t.note, lead: b.t.noteLd, align: inline.Justify, gap: b.t.noteLd / 5, note: true}
	hang := b.t.note.Size * 22 / 10
	for _, n := range notes {
		if n == nil || n.Number <= 0 || n.Number >= len(out) {
			continue
		}
		var bs []box
		c := nc
		c.indent = hang
		for _, bl := range n.Blocks {
			if p, ok := bl.(*briefs.Paragraph); ok && p.Dir == briefs.Auto && n.Dir != briefs.Auto {
				q := *p
				q.Dir = n.Dir
				bl = &q
			}
			bs = append(bs, b.block(bl, c)...)
		}
		// The number stands in the hang: an anchor for the reference's
		// link, and itself a link back to the reference.
		mark := nc.st
		mark.Color = b.sp.accent.Color
		mark.Bold = true
		num := localDigits(strconv.Itoa(n.Number), b.t.lang)
		dir := firstDir(bs, n.Dir, b.t.base)
		b.addMarker(bs, []inline.Span{{Text: num, Style: mark, Anchor: noteAnchor(n.Number), Link: "#" + refAnchor(n.Number)}}, c, 0, dir)
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
