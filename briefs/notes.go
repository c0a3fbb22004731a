package briefs

import (
	"strconv"
)

// noteTable numbers footnotes and citations in one sequence, in order of
// first reference.
type noteTable struct {
	p     *parseState
	notes []*Note
	refs  map[string]*Reference
	ids   []string
}

func newNoteTable(p *parseState) *noteTable {
	t := &noteTable{p: p, refs: map[string]*Reference{}}
	for i := range p.doc.Meta.References {
		r := &p.doc.Meta.References[i]
		t.refs[r.ID] = r
		t.ids = append(t.ids, r.ID)
	}
	return t
}

// add creates the next note.
func (t *noteTable) add(at Pos, id string, citation bool) *Note {
	n := &Note{Pos: at, Number: len(t.notes) + 1, ID: id, Citation: citation}
	if citation {
		n.ID = "cite-" + strconv.Itoa(n.Number)
	}
	t.notes = append(t.notes, n)
	return n
}

// cite makes the note for a citation group; unknown ids are errors.
func (t *noteTable) cite(c *citeNode, posOf func(int) Pos) *Note {
	type cited struct {
		ref  *Reference
		item citeItem
	}
	var ok []cited
	for _, it := range c.items {
		r, found := t.refs[it.id]
		if !found {
			at := posOf(it.off)
			if best := nearest(it.id, t.ids); best != "" {
				t.p.rep.errorf(at, "citation @%s: no reference with this id in \"references\"; did you mean @%s?", it.id, best)
			} else {
				t.p.rep.errorf(at, "citation @%s: no reference with this id in \"references\"", it.id)
			}
			continue
		}
		ok = append(ok, cited{r, it})
	}
	if len(ok) == 0 {
		return nil
	}
	n := t.add(posOf(c.off), "", true)
	lang := t.p.doc.Meta.Lang
	var content []Inline
	first := Auto // direction of the first citation, which sets the note's
	for i, c := range ok {
		cite := noteCitation(c.ref, c.item.prefix, c.item.locator, lang)
		d := firstStrong(cite)
		if i == 0 {
			first = d
		} else {
			content = append(content, &Text{Text: "; "})
			if d != Auto && first != Auto && d != first {
				// An English citation after an Arabic one (or the reverse)
				// is isolated, so the two do not reorder into each other.
				cite = append(append([]Inline{&Text{Text: fsi}}, cite...), &Text{Text: pdi})
			}
		}
		content = append(content, cite...)
	}
	content = append(content, &Text{Text: "."})
	content = mergeText(content)
	n.Dir = dirOf(content, t.p.doc.Dir)
	n.Blocks = []Block{&Paragraph{Pos: n.Pos, Content: content, Dir: n.Dir}}
	return n
}

// finish hands the notes to the document.
func (t *noteTable) finish() {
	t.p.doc.Notes = t.notes
}

// buildSources formats every reference, cited or not, in the given order.
func (p *parseState) buildSources() []*Source {
	var out []*Source
	for i := range p.doc.Meta.References {
		r := &p.doc.Meta.References[i]
		content := mergeText(bibEntry(r, p.doc.Meta.Lang))
		out = append(out, &Source{Ref: r, Content: content, Dir: dirOf(content, p.doc.Dir)})
	}
	return out
}

// mergeText joins adjacent Text inlines.
func mergeText(in []Inline) []Inline {
	var out []Inline
	for _, x := range in {
		if t, ok := x.(*Text); ok && len(out) > 0 {
			if prev, ok := out[len(out)-1].(*Text); ok {
				out[len(out)-1] = &Text{Text: prev.Text + t.Text}
				continue
			}
		}
		out = append(out, x)
	}
	return out
}
