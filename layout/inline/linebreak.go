package inline

// Line-breaking stage. In: the Knuth–Plass item list and the line widths.
// Out: the chosen breakpoints (indices into the list), minimising total
// demerits over the paragraph (Knuth & Plass, "Breaking Paragraphs into
// Lines", 1981). All arithmetic is integer, as in TeX, so the result is
// identical on every architecture.
//
// Passes: tolerance 200, then 2000, then a final pass that accepts any
// underfull line (preferring the less underfull) and, when a single box is wider than the measure, an
// overfull line (TeX's artificial demerits), so a paragraph always breaks.

import "github.com/briefpress/briefpress/layout/frame"

// Demerit parameters (TeX's defaults).
const (
	linePenalty         = 10
	adjDemerits         = 10000
	doubleHyphenDemerit = 10000
	infBad              = 10000
)

// maxBad bounds badness so that demerits cannot overflow.
const maxBad = 1_000_000

// badness is TeX's approximation of 100·(t/s)³. Unlike TeX it is not
// capped at infBad (10000, "infinitely bad") but at maxBad, so that in the
// final pass a less underfull line still beats a more underfull one; glue
// with no stretch counts as an eighth of a point of it.
func badness(t, s frame.Length) int64 {
	if t == 0 {
		return 0
	}
	if s <= 0 {
		s = frame.Pt / 8
	}
	r := int64(t) * 297 / int64(s)
	if r > 1290 {
		return min(maxBad, infBad+r-1290)
	}
	return (r*r*r + 0x20000) / 0x40000
}

// fitness classifies a line: 0 very loose, 1 loose, 2 decent, 3 tight.
func fitness(bad int64, shrinking bool) int {
	switch {
	case shrinking && bad > 12:
		return 3
	case shrinking:
		return 2
	case bad > 99:
		return 0
	case bad > 12:
		return 1
	}
	return 2
}

// sums are running totals of widths, stretch, shrink and fill glue.
type sums struct {
	w, y, z frame.Length
	fill    int
}

// bnode is a feasible breakpoint: an active node during the search.
type bnode struct {
	pos      int // index of the break elem; -1 for the paragraph start
	line     int // number of lines before this break
	fit      int
	after    sums // totals at the start of the following line
	demerits int64
	prev     *bnode
}

// lineWidths gives the width available to line i (0-based).
type lineWidths func(i int) frame.Length

// knuthPlass returns the indices of the chosen breaks; the last one is the
// paragraph end.
func knuthPlass(list []elem, width lineWidths) []int {
	totals := make([]sums, len(list)+1)
	for i, e := range list {
		t := totals[i]
		switch e.kind {
		case boxElem:
			t.w += e.width
		case glueElem:
			t.w += e.width
			t.y += e.stretch
			t.z += e.shrink
			if e.fill {
				t.fill++
			}
		}
		totals[i+1] = t
	}
	for pass, tol := range []int64{200, 2000, maxBad} {
		if end := kpPass(list, totals, width, tol, pass == 2); end != nil {
			var out []int
			for n := end; n.pos >= 0; n = n.prev {
				out = append(out, n.pos)
			}
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
			return out
		}
	}
	return nil // unreachable: the final pass always succeeds
}

// afterBreak returns the totals at the start of the line following a
// break at i: glue and non-forced penalties after it are discarded.
func afterBreak(list []elem, totals []sums, i int) sums {
	t := totals[i]
	if list[i].kind == glueElem {
		t = totals[i+1]
	}
	for j := i + 1; j < len(list); j++ {
		e := list[j]
		if e.kind == boxElem || (e.kind == penaltyElem && e.penalty == forcedBreak && j > i) {
			break
		}
		t = totals[j+1]
	}
	return t
}

func kpPass(list []elem, totals []sums, width lineWidths, tol int64, final bool) *bnode {
	active := []*bnode{{pos: -1, fit: 2, after: totals[0]}} // leading spaces are kept, as typed
	for i, e := range list {
		legal := false
		pen := 0
		switch e.kind {
		case glueElem:
			legal = i > 0 && list[i-1].kind == boxElem
		case penaltyElem:
			legal = e.penalty < infPenalty
			pen = e.penalty
		}
		if !legal {
			continue
		}
		var best [4]*bnode
		kept := active[:0]
		for k, a := range active {
			bad, shrinking, overfull := evalLine(list, totals, a.after, i, width(a.line))
			forced := e.kind == penaltyElem && pen == forcedBreak
			deactivate := overfull || forced
			artificial := false
			if overfull && final && len(kept) == 0 && k == len(active)-1 && noCandidate(best) {
				artificial = true // the last hope: accept an overfull line
			}
			if !deactivate {
				kept = append(kept, a)
			}
			if bad > tol && !artificial {
				continue
			}
			fit := fitness(bad, shrinking)
			d := int64(0)
			if !artificial {
				flagged := e.kind == penaltyElem && e.flagged && a.pos >= 0 && list[a.pos].flagged
				d = demerits(bad, pen, flagged, fit-a.fit)
			}
			d += a.demerits
			if best[fit] == nil || d < best[fit].demerits {
				best[fit] = &bnode{pos: i, line: a.line + 1, fit: fit, demerits: d, prev: a}
			}
		}
		active = kept
		for _, b := range best {
			if b != nil {
				b.after = afterBreak(list, totals, i)
				active = append(active, b)
			}
		}
		if len(active) == 0 {
			return nil
		}
	}
	var end *bnode
	for _, a := range active {
		if a.pos == len(list)-1 && (end == nil || a.demerits < end.demerits) {
			end = a
		}
	}
	return end
}

// evalLine measures the line from the start totals after to a break at i,
// against line width lw: its badness, whether it shrinks, and whether it
// is overfull (too wide even with all shrink used).
func evalLine(list []elem, totals []sums, after sums, i int, lw frame.Length) (bad int64, shrinking, overfull bool) {
	cur := totals[i].w - after.w
	if list[i].kind == penaltyElem {
		cur += list[i].width
	}
	switch {
	case cur < lw:
		if totals[i].fill > after.fill {
			return 0, false, false
		}
		return badness(lw-cur, totals[i].y-after.y), false, false
	case cur > lw:
		z := totals[i].z - after.z
		if cur-lw > z {
			return maxBad + 1, true, true
		}
		return badness(cur-lw, z), true, false
	}
	return 0, false, false
}

// demerits of one line of badness bad ending at a break with penalty pen;
// flagged: both this and the previous break are after hyphens; fitDiff: the
// fitness-class difference to the previous line.
func demerits(bad int64, pen int, flagged bool, fitDiff int) int64 {
	lb := linePenalty + bad
	d := lb * lb
	switch {
	case pen > 0:
		d += int64(pen) * int64(pen)
	case pen > forcedBreak:
		d -= int64(pen) * int64(pen)
	}
	if flagged {
		d += doubleHyphenDemerit
	}
	if fitDiff > 1 || fitDiff < -1 {
		d += adjDemerits
	}
	return d
}

func noCandidate(best [4]*bnode) bool {
	return best[0] == nil && best[1] == nil && best[2] == nil && best[3] == nil
}
