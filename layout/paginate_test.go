package layout

import (
	"testing"

	"github.com/briefpress/briefpress/layout/frame"
)

// lines returns n synthetic line boxes of height h with widow and orphan
// control, like a paragraph.
func lines(n int, h frame.Length) []box {
	out := make([]box, n)
	for i := range out {
		out[i] = box{h: h, keep: i < n-1 && (i < orphans-1 || i >= n-widows)}
	}
	return out
}

func noteOf(n int, h frame.Length) []box {
	out := make([]box, n)
	for i := range out {
		out[i] = box{h: h, items: []frame.Item{&frame.Anchor{Name: "x"}}}
	}
	return out
}

// where returns the page index of each box of the flow by identity of its
// first item (tests tag boxes with anchors).
func pageOfTag(pages []*flowPage, tag string) int {
	for i, p := range pages {
		for _, pl := range p.body {
			for _, it := range pl.box.items {
				if a, ok := it.(*frame.Anchor); ok && a.Name == tag {
					return i
				}
			}
		}
	}
	return -1
}

func tagged(b box, tag string) box {
	b.items = append(b.items, &frame.Anchor{Name: tag})
	return b
}

func TestPaginateKeepsHeadingWithNext(t *testing.T) {
	h := 10 * frame.Pt
	tests := []struct {
		name   string
		before int // lines before the heading
		want   int // page of the heading
	}{
		{"ample room", 5, 0},
		{"room for heading and two lines exactly", 7, 0},
		{"room for heading and one line", 8, 1},
		{"room for heading only", 9, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := &paginator{height: 10 * h}
			flow := lines(tt.before, h)
			flow = append(flow, tagged(box{h: h, keep: true, heading: "hd"}, "hd"), glue(0))
			flow = append(flow, lines(6, h)...)
			pages := pg.paginate(flow)
			if got := pageOfTag(pages, "hd"); got != tt.want {
				t.Errorf("heading on page %d, want %d", got, tt.want)
			}
			for i, p := range pages {
				last := p.body[len(p.body)-1].box
				if last.heading != "" {
					t.Errorf("page %d ends with a heading", i)
				}
			}
		})
	}
}

func TestPaginateWidowsOrphans(t *testing.T) {
	h := 10 * frame.Pt
	for before := 0; before < 10; before++ {
		for n := 1; n < 9; n++ {
			pg := &paginator{height: 10 * h}
			flow := append(lines(before, h), glue(0))
			para := lines(n, h)
			for i := range para {
				para[i] = tagged(para[i], "p")
			}
			flow = append(flow, para...)
			pages := pg.paginate(flow)
			counts := map[int]int{}
			for i, p := range pages {
				for _, pl := range p.body {
					if len(pl.box.items) > 0 {
						counts[i]++
					}
				}
			}
			if len(counts) > 1 {
				for pgIdx, c := range counts {
					if c < 2 {
						t.Errorf("before=%d n=%d: page %d holds %d line(s) of a split paragraph", before, n, pgIdx, c)
					}
				}
			}
		}
	}
}

func TestPaginateFootnotes(t *testing.T) {
	h := 10 * frame.Pt
	tests := []struct {
		name          string
		before        int // lines before the referencing line
		noteLines     int
		wantRefPage   int
		wantContinued bool // the note continues on the next page
	}{
		{"note fits", 2, 3, 0, false},
		{"note starts on the page, continues", 2, 12, 0, true},
		{"no room for the note start: line moves", 9, 3, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pg := &paginator{height: 12 * h, sep: h, notes: [][]box{nil, noteOf(tt.noteLines, h)}, maxCarry: 6 * h}
			flow := lines(tt.before, h)
			for i := range flow {
				flow[i].keep = false
			}
			flow = append(flow, tagged(box{h: h, notes: []int{1}}, "ref"))
			flow = append(flow, lines(3, h)...)
			pages := pg.paginate(flow)
			ref := pageOfTag(pages, "ref")
			if ref != tt.wantRefPage {
				t.Fatalf("reference on page %d, want %d", ref, tt.wantRefPage)
			}
			if len(pages[ref].notes) == 0 {
				t.Fatalf("note does not start on the reference's page %d", ref)
			}
			for i := 0; i < ref; i++ {
				if len(pages[i].notes) > 0 {
					t.Errorf("note on page %d, before its reference on page %d", i, ref)
				}
			}
			cont := ref+1 < len(pages) && pages[ref+1].continued
			if cont != tt.wantContinued {
				t.Errorf("continued on next page = %v, want %v", cont, tt.wantContinued)
			}
			total := 0
			for _, p := range pages {
				total += len(p.notes)
				if used := p.y + p.noteH; used > pg.height && len(p.body) > 1 {
					t.Errorf("page overfull: %v > %v", used, pg.height)
				}
			}
			if total != tt.noteLines {
				t.Errorf("%d note lines placed, want %d", total, tt.noteLines)
			}
		})
	}
}

func TestPaginateTableHeaderRepeats(t *testing.T) {
	h := 10 * frame.Pt
	head := []box{tagged(box{h: h, keep: true}, "head")}
	flow := []box{head[0]}
	for i := 0; i < 25; i++ {
		flow = append(flow, box{h: h, table: head, items: []frame.Item{&frame.Anchor{Name: "row"}}})
	}
	pages := (&paginator{height: 10 * h}).paginate(flow)
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	for i, p := range pages {
		first := p.body[0].box.items[0].(*frame.Anchor).Name
		if first != "head" {
			t.Errorf("page %d starts with %q, want the header row", i, first)
		}
	}
}

func TestPaginateOverfullBox(t *testing.T) {
	h := 10 * frame.Pt
	pg := &paginator{height: 10 * h}
	flow := append(lines(3, h), glue(0), box{h: 15 * h}, glue(0))
	flow = append(flow, lines(3, h)...)
	pages := pg.paginate(flow)
	if pg.overfull != 1 {
		t.Errorf("overfull = %d, want 1", pg.overfull)
	}
	if len(pages) != 3 {
		t.Errorf("%d pages, want 3 (lines, the tall box alone, lines)", len(pages))
	}
}
