package layout

import "github.com/briefpress/briefpress/layout/frame"

// placed is a box at a vertical offset in the text area.
type placed struct {
	y   frame.Length
	box box
}

// flowPage is one paginated page of the flow: body boxes from the top of
// the text area and note boxes stacked at its foot.
type flowPage struct {
	body      []placed
	notes     []box
	noteH     frame.Length // height of the note boxes (without the separator)
	continued bool         // the first notes continue a note from the previous page
	headings  []string     // anchors of headings that start on this page
	y         frame.Length // body height used
	glue      frame.Length // pending space before the next box
}

// paginator splits a flow into pages of a fixed text height, placing each
// note at the foot of the page that references it.
type paginator struct {
	height frame.Length // text area height
	sep    frame.Length // space taken by the rule above the notes
	notes  [][]box      // note boxes by note number (index 0 unused)
	// maxCarry is the largest share of a page that a continued note takes.
	maxCarry frame.Length
	// overfull counts boxes taller than a whole page (set anyway).
	overfull int
}

func (pg *paginator) noteBoxes(n int) []box {
	if n > 0 && n < len(pg.notes) {
		return pg.notes[n]
	}
	return nil
}

// paginate fills pages greedily: a box goes on the current page if it fits
// with the notes it references (at least their first lines), and if the
// boxes kept with it fit too; otherwise a new page starts. A note too long
// for the page continues at the foot of the next one.
func (pg *paginator) paginate(flow []box) []*flowPage {
	var pages []*flowPage
	var carry []box
	placedNote := map[int]bool{}
	cur := &flowPage{}
	start := func() {
		cur = &flowPage{}
		pages = append(pages, cur)
		if len(carry) > 0 {
			cur.continued = true
			var h frame.Length
			i := 0
			for i < len(carry) && (h+carry[i].h <= pg.maxCarry || i == 0) {
				h += carry[i].h
				i++
			}
			cur.notes = append(cur.notes, carry[:i]...)
			cur.noteH = h
			carry = carry[i:]
		}
	}
	start()
	empty := func() bool { return len(cur.body) == 0 }
	sepFor := func(p *flowPage, extra frame.Length) frame.Length {
		if p.noteH+extra > 0 {
			return pg.sep
		}
		return 0
	}
	// newNotes lists the notes a box references that are not yet placed.
	newNotes := func(b box) []int {
		var out []int
		for _, n := range b.notes {
			if !placedNote[n] && len(pg.noteBoxes(n)) > 0 {
				out = append(out, n)
			}
		}
		return out
	}
	// minNote is what a note needs on the reference's page: its first
	// two lines (all of it if shorter).
	minNote := func(n int) frame.Length {
		var h frame.Length
		for i, b := range pg.noteBoxes(n) {
			if i >= 2 {
				break
			}
			h += b.h
		}
		return h
	}
	fullNote := func(n int) frame.Length {
		var h frame.Length
		for _, b := range pg.noteBoxes(n) {
			h += b.h
		}
		return h
	}
	avail := func(extraNotes frame.Length) frame.Length {
		return pg.height - cur.y - cur.glue - cur.noteH - extraNotes - sepFor(cur, extraNotes)
	}
	// chain is the height of box i and the boxes kept with it, with the
	// least room their new notes need.
	chain := func(flow []box, i int) frame.Length {
		var h frame.Length
		for j := i; j < len(flow); j++ {
			b := flow[j]
			if b.kind == kBreak {
				break
			}
			h += b.h
			for _, n := range newNotes(b) {
				h += minNote(n)
			}
			if b.kind == kBox && !b.keep {
				break
			}
		}
		return h
	}
	place := func(b box) {
		if empty() {
			cur.glue = 0
		}
		cur.y += cur.glue
		cur.glue = 0
		cur.body = append(cur.body, placed{y: cur.y, box: b})
		cur.y += b.h
		if b.heading != "" {
			cur.headings = append(cur.headings, b.heading)
		}
		for _, n := range newNotes(b) {
			placedNote[n] = true
			nb := pg.noteBoxes(n)
			if len(carry) > 0 { // an earlier note still continues: queue behind it
				carry = append(carry, nb...)
				continue
			}
			room := pg.height - cur.y - cur.noteH - sepFor(cur, 1)
			k := 0
			var h frame.Length
			for k < len(nb) && h+nb[k].h <= room {
				h += nb[k].h
				k++
			}
			if k < len(nb) && len(nb)-k < 2 && k > 2 { // no lone continued line
				k--
				h -= nb[k].h
			}
			if k == 0 && len(nb) > 0 { // the line is overfull anyway: start the note here
				k, h = 1, nb[0].h
			}
			cur.notes = append(cur.notes, nb[:k]...)
			cur.noteH += h
			carry = append(carry, nb[k:]...)
		}
	}
	for i := 0; i < len(flow); i++ {
		b := flow[i]
		switch b.kind {
		case kBreak:
			if !empty() {
				start()
			}
			continue
		case kGlue:
			if !empty() {
				cur.glue += b.h
			}
			continue
		}
		var need frame.Length
		for _, n := range newNotes(b) {
			need += fullNote(n)
		}
		fits := b.h <= avail(need)
		if !fits && len(newNotes(b)) > 0 {
			var least frame.Length
			for _, n := range newNotes(b) {
				least += minNote(n)
			}
			fits = b.h <= avail(least) && len(carry) == 0
		}
		if fits && b.keep && !empty() {
			// Keep with next: the chain must fit too, unless it is longer
			// than a page anyway.
			ch := chain(flow, i)
			if ch > avail(0) && ch <= pg.height-pg.sep {
				fits = false
			}
		}
		if b.h > pg.height {
			pg.overfull++
		}
		if !fits && !empty() {
			start()
			if b.table != nil {
				for _, hb := range b.table {
					place(hb)
				}
			}
		}
		place(b)
	}
	for len(carry) > 0 {
		start()
	}
	return pages
}
