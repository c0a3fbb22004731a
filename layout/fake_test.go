package layout

import (
	"strings"
	"unicode"

	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// fakeEngine is a text engine with predictable metrics: every rune is half
// an em wide, lines break greedily at spaces, each word is one GlyphRun
// whose Text is the word. It lets layout be tested without fonts.
type fakeEngine struct{}

type fakeWord struct {
	text string
	span inline.Span
}

func runeW(st inline.Style) frame.Length { return st.Size / 2 }

func wordW(w fakeWord) frame.Length {
	return frame.Length(len([]rune(w.text))) * runeW(w.span.Style)
}

func resolve(dir, base inline.Direction, text string) inline.Direction {
	if dir != inline.Auto {
		return dir
	}
	for _, r := range text {
		if unicode.Is(unicode.Arabic, r) {
			return inline.RTL
		}
		if unicode.IsLetter(r) {
			return inline.LTR
		}
	}
	if base == inline.RTL {
		return inline.RTL
	}
	return inline.LTR
}

func (fakeEngine) words(spans []inline.Span) (words []fakeWord, size frame.Length, all string) {
	for _, s := range spans {
		size = max(size, s.Style.Size)
		all += s.Text
		for i, f := range strings.Fields(s.Text) {
			sp := s
			if i > 0 {
				sp.Anchor = ""
			}
			words = append(words, fakeWord{f, sp})
		}
	}
	return words, size, all
}

func (e fakeEngine) line(words []fakeWord, size, width, lead frame.Length, dir inline.Direction, align inline.Align) inline.Line {
	ln := inline.Line{Width: width, Ascent: size * 8 / 10, Descent: size * 2 / 10, Leading: lead, Dir: dir}
	var natural frame.Length
	for i, w := range words {
		if i > 0 {
			natural += runeW(w.span.Style)
		}
		natural += wordW(w)
	}
	x := frame.Length(0)
	rtl := dir == inline.RTL
	if (rtl && align != inline.End) || (!rtl && align == inline.End) {
		x = width - natural
	}
	if align == inline.Center {
		x = (width - natural) / 2
	}
	order := words
	if dir == inline.RTL {
		order = make([]fakeWord, len(words))
		for i, w := range words {
			order[len(words)-1-i] = w
		}
	}
	for i, w := range order {
		if i > 0 {
			x += runeW(w.span.Style)
		}
		run := &frame.GlyphRun{Pos: frame.Point{X: x, Y: -w.span.Style.Rise}, Size: w.span.Style.Size, Text: w.text, RTL: dir == inline.RTL}
		for range []rune(w.text) {
			run.Glyphs = append(run.Glyphs, frame.Glyph{ID: 1, Advance: runeW(w.span.Style)})
		}
		ln.Items = append(ln.Items, run)
		if w.span.Anchor != "" {
			ln.Items = append(ln.Items, &frame.Anchor{Pos: frame.Point{X: x}, Name: w.span.Anchor})
		}
		if w.span.Link != "" {
			r := frame.Rect{X: x, Y: -ln.Ascent, Width: wordW(w), Height: ln.Ascent + ln.Descent}
			if strings.HasPrefix(w.span.Link, "#") {
				ln.Items = append(ln.Items, &frame.Link{Rect: r, Dest: w.span.Link[1:]})
			} else {
				ln.Items = append(ln.Items, &frame.Link{Rect: r, URI: w.span.Link})
			}
		}
		if w.span.Note > 0 {
			ln.Notes = append(ln.Notes, w.span.Note)
		}
		x += wordW(w)
	}
	return ln
}

func (e fakeEngine) Layout(p *inline.Paragraph) ([]inline.Line, []inline.Warning, error) {
	words, size, all := e.words(p.Spans)
	dir := resolve(p.Dir, p.Base, all)
	lead := p.Leading
	if lead == 0 {
		lead = size * 5 / 4
	}
	var lines []inline.Line
	var cur []fakeWord
	var w frame.Length
	limit := p.Width - p.Indent
	for _, wd := range words {
		add := wordW(wd)
		if len(cur) > 0 {
			add += runeW(wd.span.Style)
		}
		if len(cur) > 0 && w+add > limit {
			lines = append(lines, e.line(cur, size, p.Width, lead, dir, p.Align))
			cur, w, limit = nil, 0, p.Width
			add = wordW(wd)
		}
		cur = append(cur, wd)
		w += add
	}
	if len(cur) > 0 {
		lines = append(lines, e.line(cur, size, p.Width, lead, dir, p.Align))
	}
	return lines, nil, nil
}

func (e fakeEngine) Shape(spans []inline.Span, dir inline.Direction, lang string) (inline.Line, error) {
	words, size, all := e.words(spans)
	d := resolve(dir, inline.LTR, all)
	ln := e.line(words, size, 0, size*5/4, d, inline.Start)
	_, hi := extent(ln)
	if d == inline.RTL {
		for _, it := range ln.Items {
			if r, ok := it.(*frame.GlyphRun); ok {
				r.Pos.X += -ln.Width
			}
		}
		lo, h := extent(ln)
		for _, it := range ln.Items {
			if r, ok := it.(*frame.GlyphRun); ok {
				r.Pos.X -= lo
			}
		}
		hi = h - lo
	}
	ln.Width = hi
	return ln, nil
}
