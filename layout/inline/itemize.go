package inline

// Itemize stage. In: the paragraph's spans. Out: the concatenated text
// (runes and byte offsets), one span index, bidi level, script and font per
// rune, and the items: maximal rune ranges with one span, level, script and
// font, each then shaped as a whole (so Arabic joins across the whole run).

import (
	"fmt"
	"unicode"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/language"
)

// Default families, used when a Style leaves one empty.
const (
	DefaultLatinFamily  = "Noto Serif"
	DefaultArabicFamily = "Noto Naskh Arabic"
)

// para is a paragraph being laid out.
type para struct {
	spans  []Span
	text   string
	runes  []rune
	offs   []int // byte offset of each rune in text; len(runes)+1 entries
	spanOf []int // span index per rune
	levels []bidi.Level
	dir    Direction // resolved paragraph direction
	lang   language.Language
	langID string
	items  []item
	adv    []frame.Length // per rune: advance of the cluster it starts (0 inside a cluster)

	spanStart  []int // rune index where each span starts
	hasAnchors bool  // some span has an Anchor
	endsBuf    []int // scratch for clusterEnds
}

// item is a rune range in one span, level, script and font, and its
// shaped glyphs in visual order.
type item struct {
	start, end int
	span       int
	level      bidi.Level
	script     language.Script
	font       *fonts.Font
	upem       int
	glyphs     []glyph
}

func (it *item) rtl() bool { return it.level%2 == 1 }

// glyph is a shaped glyph at its item's size. Cluster is the absolute rune
// index of the cluster's first rune.
type glyph struct {
	id                  uint16
	advance, xoff, yoff frame.Length
	cluster             int
}

// collect concatenates the spans and resolves direction and bidi levels.
func (s *state) collect(spans []Span, dir, base Direction, lang string) *para {
	p := &para{spans: spans, lang: language.NewLanguage(lang), langID: lang}
	n := 0
	for _, sp := range spans {
		n += len(sp.Text)
	}
	buf := make([]byte, 0, n)
	for i, sp := range spans {
		p.hasAnchors = p.hasAnchors || sp.Anchor != ""
		p.spanStart = append(p.spanStart, len(p.runes))
		for _, r := range sp.Text {
			p.offs = append(p.offs, len(buf))
			p.runes = append(p.runes, r)
			p.spanOf = append(p.spanOf, i)
			buf = append(buf, string(r)...) // invalid UTF-8 becomes U+FFFD
		}
	}
	p.offs = append(p.offs, len(buf))
	p.text = string(buf)
	p.dir = resolveDir(dir, base, p.runes)
	p.levels = make([]bidi.Level, len(p.runes))
	if p.dir == RTL {
		for i := range p.levels {
			p.levels[i] = 1
		}
	}
	if len(p.runes) > 0 {
		s.bidiLevels(p.runes, p.dir, p.levels)
	}
	return p
}

// scripts resolves a script per rune: Arabic-block characters are Arabic;
// Common and Inherited characters (spaces, digits, punctuation, marks) take
// the script of the preceding character, or of the following one at the
// start; text with no script at all is Latin.
func scripts(runes []rune) []language.Script {
	sc := make([]language.Script, len(runes))
	last := language.Script(0)
	for i, r := range runes {
		s := language.LookupScript(r)
		if fonts.IsArabic(r) {
			s = language.Arabic
		}
		if s == language.Common || s == language.Inherited || s == language.Unknown {
			s = last
		} else {
			last = s
		}
		sc[i] = s
	}
	next := language.Latin
	for i := len(runes) - 1; i >= 0; i-- {
		if sc[i] == 0 {
			sc[i] = next
		} else {
			next = sc[i]
		}
	}
	return sc
}

// fontKey caches family lookups within one paragraph.
type fontKey struct {
	family       string
	bold, italic bool
}

// itemize chooses a font per rune and cuts p into items.
func (e *Engine) itemize(p *para) error {
	sc := scripts(p.runes)
	cache := map[fontKey]*fonts.Font{}
	lookup := func(family, fallback string, st Style) (*fonts.Font, error) {
		if family == "" {
			family = fallback
		}
		k := fontKey{family, st.Bold, st.Italic}
		if f, ok := cache[k]; ok {
			return f, nil
		}
		f, err := e.reg.Font(family, st.Bold, st.Italic)
		if err != nil {
			if f, err = e.reg.Font(fallback, st.Bold, st.Italic); err != nil {
				return nil, err
			}
		}
		cache[k] = f
		return f, nil
	}
	fontOf := make([]*fonts.Font, len(p.runes))
	for i, r := range p.runes {
		st := p.spans[p.spanOf[i]].Style
		latin, err := lookup(st.LatinFamily, DefaultLatinFamily, st)
		if err != nil {
			return err
		}
		arabic, err := lookup(st.ArabicFamily, DefaultArabicFamily, st)
		if err != nil {
			return err
		}
		f, other := latin, arabic
		if sc[i] == language.Arabic {
			f, other = arabic, latin
		}
		if !fonts.Ignorable(r) && !f.HasRune(r) {
			switch {
			case i > 0 && unicode.In(r, unicode.Mn, unicode.Me) && p.spanOf[i-1] == p.spanOf[i]:
				f = fontOf[i-1] // a mark stays with its base
			default:
				if fb := e.reg.Fallback(r, st.Bold, st.Italic, other); fb != nil {
					f = fb
				}
			}
		}
		fontOf[i] = f
	}
	for i := 0; i < len(p.runes); {
		j := i + 1
		for j < len(p.runes) && p.spanOf[j] == p.spanOf[i] && p.levels[j] == p.levels[i] &&
			sc[j] == sc[i] && fontOf[j] == fontOf[i] && p.runes[j] != '\n' && p.runes[j-1] != '\n' {
			j++
		}
		m, err := fontOf[i].Metrics()
		if err != nil {
			return fmt.Errorf("inline: %w", err)
		}
		p.items = append(p.items, item{
			start: i, end: j, span: p.spanOf[i], level: p.levels[i],
			script: sc[i], font: fontOf[i], upem: m.UnitsPerEm,
		})
		i = j
	}
	return nil
}

// shapeItems shapes every item and records per-rune advances.
func (e *Engine) shapeItems(p *para) error {
	p.adv = make([]frame.Length, len(p.runes))
	for k := range p.items {
		it := &p.items[k]
		g, err := e.shapeRange(p, it, it.start, it.end)
		if err != nil {
			return err
		}
		it.glyphs = g
		for _, gl := range g {
			p.adv[gl.cluster] += gl.advance
		}
	}
	return nil
}

// shapeRange shapes runes [start, end) of item it at the item's size.
func (e *Engine) shapeRange(p *para, it *item, start, end int) ([]glyph, error) {
	units, err := e.st.shapeUnits(it.font, p.runes[start:end], it.rtl(), it.script, p.lang)
	if err != nil {
		return nil, fmt.Errorf("inline: shaping with %s: %w", it.font.Name(), err)
	}
	size := p.spans[it.span].Style.Size
	out := make([]glyph, len(units))
	for i, u := range units {
		out[i] = glyph{
			id:      u.ID,
			advance: scale(u.Advance, size, it.upem),
			xoff:    scale(u.XOff, size, it.upem),
			yoff:    scale(u.YOff, size, it.upem),
			cluster: start + int(u.Cluster),
		}
	}
	return out, nil
}
