package main

import (
	"fmt"
	"strings"
)

// frontMatter writes the YAML front matter.
func (c *composer) frontMatter(b *strings.Builder) {
	cfg := c.cfg
	b.WriteString("---\n")
	fmt.Fprintf(b, "title: %q\nsubtitle: %q\nkind: %q\n", cfg.title, cfg.subtitle, cfg.kind)
	b.WriteString("author:\n")
	for _, a := range cfg.authors {
		fmt.Fprintf(b, "  - name: %q\n    affiliation: %q\n", a[0], a[1])
	}
	fmt.Fprintf(b, "date: %s\nlang: en\n", cfg.date)
	fmt.Fprintf(b, "abstract: |\n  %s\n", cfg.abstract)
	b.WriteString("keywords:\n  - urban heat\n  - water security\n  - municipal finance\n  - Eastern Mediterranean\n")
	fmt.Fprintf(b, "cover:\n  image: %scover.jpg\n  credit: %q\n  alt: %q\n", cfg.assets,
		"Image: LIPR cartography unit (generated illustration)",
		"A stylised map of a coastline with contour bands, a river and four settlements.")
	if cfg.brand != "" {
		fmt.Fprintf(b, "brand: %s\n", cfg.brand)
	}
	b.WriteString("toc: true\ntoc-depth: 2\n")
	fmt.Fprintf(b, "identifier: %s\n", cfg.identifier)
	b.WriteString("rights: \"© 2026 Levant Institute for Policy Research. Generated text for testing briefpress.\"\n")
	writeRefs(b, refBank()[:cfg.sources])
	b.WriteString("---\n")
}

// noteTexts returns the footnote texts; the first is the long note.
func (c *composer) noteTexts() []string {
	bank := noteBank()
	notes := make([]string, c.cfg.footnotes)
	for i := range notes {
		if i == 0 {
			notes[i] = longNote()
			continue
		}
		notes[i] = c.fill(bank[(i-1)%len(bank)])
	}
	return notes
}

// marker is one note reference to place in a paragraph.
type marker struct {
	footnote int    // index into the note texts, or -1 for a citation
	cite     string // the citation, e.g. "[@a, p. 12]"
}

// markers returns the note references in reading order: footnotes and
// citations interleaved by a seeded shuffle, citations cycling through the
// sources in the three forms [@id], [@id, p. N] and [@a; @b].
func (c *composer) markers() []marker {
	refs := refBank()[:c.cfg.sources]
	kinds := make([]bool, c.cfg.footnotes+c.cfg.citations) // true: citation
	for i := range c.cfg.citations {
		kinds[c.cfg.footnotes+i] = true
	}
	c.rng.Shuffle(len(kinds), func(i, j int) { kinds[i], kinds[j] = kinds[j], kinds[i] })
	var out []marker
	fn, cn, next := 0, 0, 0
	for _, cite := range kinds {
		if !cite {
			out = append(out, marker{footnote: fn})
			fn++
			continue
		}
		id := refs[next%len(refs)].id
		next++
		var s string
		switch cn % 3 {
		case 0:
			s = "[@" + id + "]"
		case 1:
			s = fmt.Sprintf("[@%s, p. %d]", id, 3+c.rng.IntN(120))
		default:
			s = "[@" + id + "; @" + refs[next%len(refs)].id + "]"
			next++
		}
		cn++
		out = append(out, marker{footnote: -1, cite: s})
	}
	return out
}

// placeNotes spreads the markers evenly over the English paragraphs, writes
// the body, and puts each chapter's footnote definitions at its end.
func (c *composer) placeNotes(b *strings.Builder, notes []string) {
	ms := c.markers()
	var paras []int
	for i, bl := range c.blocks {
		if bl.kind == kindPara {
			paras = append(paras, i)
		}
	}
	defs := map[int][]int{} // chapter -> footnote indexes, in order
	for k, m := range ms {
		bi := paras[(2*k+1)*len(paras)/(2*len(ms))]
		bl := &c.blocks[bi]
		si := c.rng.IntN(len(bl.sentences))
		s := bl.sentences[si]
		if m.footnote >= 0 {
			s += fmt.Sprintf("[^n%d]", m.footnote+1)
			defs[bl.chapter] = append(defs[bl.chapter], m.footnote)
		} else {
			s = strings.TrimSuffix(s, ".") + " " + m.cite + "."
		}
		bl.sentences[si] = s
	}
	for i, bl := range c.blocks {
		b.WriteString("\n" + bl.markdown() + "\n")
		if i+1 == len(c.blocks) || c.blocks[i+1].chapter != bl.chapter {
			for _, n := range defs[bl.chapter] {
				fmt.Fprintf(b, "\n[^n%d]: %s\n", n+1, notes[n])
			}
		}
	}
}
