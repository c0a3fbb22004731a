package briefs

import (
	"strconv"
	"strings"
	"unicode"
)

// Slug returns the pandoc auto_identifiers form of a heading text:
// lowercase, punctuation other than '_', '-' and '.' removed, spaces to
// hyphens, everything before the first letter dropped; "section" when
// nothing is left. Letters of any script (Arabic too) are kept.
func Slug(s string) string {
	var b strings.Builder
	started, lastSpace := false, false
	for _, r := range strings.ToLower(s) {
		if lastSpace && unicode.IsSpace(r) {
			continue
		}
		lastSpace = false
		switch {
		case unicode.IsLetter(r):
			started = true
			b.WriteRune(r)
		case !started:
		case unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' || r == '-' || r == '.':
			b.WriteRune(r)
		case unicode.IsSpace(r):
			if !strings.HasSuffix(b.String(), "-") || lastSpace {
				b.WriteByte('-')
			}
			lastSpace = true
			continue
		}
	}
	if b.Len() == 0 {
		return "section"
	}
	return b.String()
}

// slug returns a unique id for a heading (pandoc: -1, -2 for repeats).
func (p *parseState) slug(content []Inline) string {
	base := Slug(PlainText(content))
	id := base
	for n := 1; p.slugs[id] > 0; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	p.slugs[id]++
	return id
}
