package layout

import (
	"strconv"
	"strings"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/layout/inline"
)

// spanner converts inline nodes to text-engine spans.
type spanner struct {
	t      *theme
	accent inline.Style // link colour
}

// spans flattens content in style st. Links to "#id" become internal
// destinations; note references become raised, linked note numbers that
// carry an anchor "ref-N" (the first reference only) for the link back.
func (sp *spanner) spans(content []briefs.Inline, st inline.Style, link string, seen map[int]bool) []inline.Span {
	var out []inline.Span
	for _, in := range content {
		switch n := in.(type) {
		case *briefs.Text:
			out = append(out, inline.Span{Text: n.Text, Style: st, Link: link})
		case *briefs.Emph:
			s := st
			s.Italic = !s.Italic
			out = append(out, sp.spans(n.Content, s, link, seen)...)
		case *briefs.Strong:
			s := st
			s.Bold = true
			out = append(out, sp.spans(n.Content, s, link, seen)...)
		case *briefs.Code:
			s := sp.t.mono
			s.Size = st.Size * 92 / 100
			s.Color = st.Color
			out = append(out, inline.Span{Text: n.Text, Style: s, Link: link})
		case *briefs.Link:
			s := st
			s.Color = sp.accent.Color
			out = append(out, sp.spans(n.Content, s, n.URL, seen)...)
		case *briefs.LineBreak:
			out = append(out, inline.Span{Text: "\n", Style: st})
		case *briefs.NoteRef:
			if n.Note == nil {
				continue
			}
			num := n.Note.Number
			s := st
			s.Size = st.Size * 62 / 100
			s.Rise = st.Size * 36 / 100
			s.Bold, s.Italic = false, false
			s.Color = sp.accent.Color
			span := inline.Span{Text: localDigits(strconv.Itoa(num), sp.t.lang), Style: s, Link: "#" + noteAnchor(num), Note: num}
			if seen != nil && !seen[num] {
				seen[num] = true
				span.Anchor = refAnchor(num)
			}
			out = append(out, span)
		}
	}
	return out
}

func noteAnchor(n int) string { return "note-" + strconv.Itoa(n) }
func refAnchor(n int) string  { return "ref-" + strconv.Itoa(n) }

// localDigits writes ASCII digits in the document's digits (Arabic-Indic
// for Arabic, Extended Arabic-Indic for Persian and Urdu), exactly as the
// EPUB writer does.
func localDigits(s, lang string) string { return briefs.LocalDigits(s, lang) }

// plainText is the text of inline content without formatting or notes.
func plainText(content []briefs.Inline) string {
	var b strings.Builder
	var walk func([]briefs.Inline)
	walk = func(c []briefs.Inline) {
		for _, in := range c {
			switch n := in.(type) {
			case *briefs.Text:
				b.WriteString(n.Text)
			case *briefs.Emph:
				walk(n.Content)
			case *briefs.Strong:
				walk(n.Content)
			case *briefs.Code:
				b.WriteString(n.Text)
			case *briefs.Link:
				walk(n.Content)
			case *briefs.LineBreak:
				b.WriteByte(' ')
			}
		}
	}
	walk(content)
	return strings.TrimSpace(b.String())
}

// formatDate is the date in the document's language ("" for none).
func formatDate(d *briefs.Date, lang string) string {
	if d == nil || d.Month < 0 || d.Month > 12 {
		return ""
	}
	return briefs.FormatDate(*d, lang)
}
