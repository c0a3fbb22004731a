package epub

import (
	"strconv"

	"github.com/briefpress/briefpress/briefs"
)

// This file writes notes as EPUB 3 footnotes: a superscript noteref where
// the note is referenced, and an aside at the end of the file.

// noteRef writes a reference to n.Note and remembers the note for the
// file's asides. The first reference in a file gets id "ref-N" (the target
// of the note's back link), later ones "ref-N-2", "ref-N-3"….
func (r *renderer) noteRef(p *page, n *briefs.NoteRef) {
	if n.Note == nil {
		return
	}
	num := n.Note.Number
	if p.refs == nil {
		p.refs = map[int]int{}
	}
	p.refs[num]++
	id := "ref-" + strconv.Itoa(num)
	if k := p.refs[num]; k > 1 {
		id += "-" + strconv.Itoa(k)
	} else {
		p.notes = append(p.notes, n.Note)
	}
	label := briefs.LocalDigits(strconv.Itoa(num), r.lang)
	p.b.WriteString(`<sup><a epub:type="noteref" role="doc-noteref" class="noteref" href="#note-`)
	p.b.WriteString(strconv.Itoa(num))
	p.b.WriteString(`" id="`)
	p.b.WriteString(id)
	p.b.WriteString(`">`)
	p.b.WriteString(label)
	p.b.WriteString("</a></sup>")
}

// asides writes the notes referenced in p, in order of first reference,
// each with a back link to its first reference. Notes referenced from
// inside notes are appended as they are found, so every noteref in the
// file has its target.
func (r *renderer) asides(p *page) {
	for i := 0; i < len(p.notes); i++ {
		n := p.notes[i]
		num := strconv.Itoa(n.Number)
		d := eff(n.Dir, r.doc.Dir)
		p.open("aside", n.Dir, r.doc.Dir, "epub:type", "footnote", "role", "doc-footnote", "id", "note-"+num, "class", "note")
		p.b.WriteByte('\n')
		back := `<a href="#ref-` + num + `" role="doc-backlink" class="back">` + briefs.LocalDigits(num, r.lang) + "</a> "
		blocks := n.Blocks
		if len(blocks) > 0 {
			if para, ok := blocks[0].(*briefs.Paragraph); ok {
				p.open("p", para.Dir, d)
				p.b.WriteString(back)
				r.inlines(p, para.Content, eff(para.Dir, d), style{})
				p.close("p")
				blocks = blocks[1:]
				back = ""
			}
		}
		if back != "" {
			p.b.WriteString("<p>" + back + "</p>\n")
		}
		r.blocks(p, blocks, d)
		p.close("aside")
	}
}
