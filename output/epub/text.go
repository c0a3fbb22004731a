package epub

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefpress/briefpress/briefs"
	"golang.org/x/text/unicode/bidi"
)

// This file holds the text helpers: XML escaping, the detection of runs of
// the opposite direction inside text, XML IDs, and plain text of inline
// content. Dates and digits in the brief's language come from
// briefs.FormatDate and briefs.LocalDigits, as in the PDF.

// escape writes s to b with XML's special characters escaped; characters
// XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF;
// invalid UTF-8) are dropped so that every file parses.
func escape(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == utf8.RuneError && size == 1:
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
		case r == 0xFFFE || r == 0xFFFF:
		default:
			b.WriteRune(r)
		}
	}
}

// esc returns s escaped for XML text and attribute values.
func esc(s string) string {
	var b strings.Builder
	escape(&b, s)
	return b.String()
}

// strong classifies r as a strong left-to-right (LTR), strong right-to-left
// (RTL) or not strong (Auto) character, by its Unicode bidi class.
func strong(r rune) briefs.Direction {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return briefs.LTR
	case bidi.R, bidi.AL:
		return briefs.RTL
	}
	return briefs.Auto
}

// opposite is the other direction of d (LTR for Auto).
func opposite(d briefs.Direction) briefs.Direction {
	if d == briefs.RTL {
		return briefs.LTR
	}
	return briefs.RTL
}

// dirName is the HTML dir attribute value of d.
func dirName(d briefs.Direction) string {
	if d == briefs.RTL {
		return "rtl"
	}
	return "ltr"
}

// writeBidiText writes text that sits in a context of direction dir,
// escaped, with each run of characters of the opposite direction wrapped in
// <span dir="…">, so that reading systems isolate it (an English name in
// Arabic text, an Arabic title in an English sentence). A run starts at a
// strong character of the opposite direction and ends at the last such
// character before a strong character of the context's direction; the
// neutrals around it stay outside.
func writeBidiText(b *strings.Builder, text string, dir briefs.Direction) {
	other := opposite(dir)
	start, lastEnd := -1, -1 // byte offsets of the open run
	done := 0
	flush := func() {
		escape(b, text[done:start])
		b.WriteString(`<span dir="`)
		b.WriteString(dirName(other))
		b.WriteString(`">`)
		escape(b, text[start:lastEnd])
		b.WriteString("</span>")
		done = lastEnd
		start, lastEnd = -1, -1
	}
	for i, r := range text {
		switch strong(r) {
		case other:
			if start < 0 {
				start = i
			}
			lastEnd = i + utf8.RuneLen(r)
		case briefs.Auto:
		default:
			if start >= 0 {
				flush()
			}
		}
	}
	if start >= 0 {
		flush()
	}
	escape(b, text[done:])
}

// hasStrong reports whether text holds a strong character of direction d.
func hasStrong(text string, d briefs.Direction) bool {
	for _, r := range text {
		if strong(r) == d {
			return true
		}
	}
	return false
}

// arabicLang reports whether lang (BCP 47) is written in Arabic script;
// such briefs get Arabic labels and the larger Arabic text size.
func arabicLang(lang string) bool {
	p, _, _ := strings.Cut(lang, "-")
	switch strings.ToLower(p) {
	case "ar", "fa", "ur", "ps", "ckb", "sd", "ug":
		return true
	}
	return false
}

// isoDate is d as YYYY-MM-DD ("" for nil).
func isoDate(d *briefs.Date) string {
	if d == nil {
		return ""
	}
	return pad(d.Year, 4) + "-" + pad(d.Month, 2) + "-" + pad(d.Day, 2)
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// plainText is the text of inline content without markup or note
// references (for titles, nav labels and metadata).
func plainText(content []briefs.Inline) string {
	var b strings.Builder
	appendPlain(&b, content)
	return strings.Join(strings.Fields(b.String()), " ")
}

func appendPlain(b *strings.Builder, content []briefs.Inline) {
	for _, in := range content {
		switch n := in.(type) {
		case *briefs.Text:
			b.WriteString(n.Text)
		case *briefs.Emph:
			appendPlain(b, n.Content)
		case *briefs.Strong:
			appendPlain(b, n.Content)
		case *briefs.Code:
			b.WriteString(n.Text)
		case *briefs.Link:
			appendPlain(b, n.Content)
		case *briefs.LineBreak:
			b.WriteByte(' ')
		}
	}
}

// blocksText is the plain text of blocks, paragraphs separated by a space
// (the abstract as dc:description).
func blocksText(blocks []briefs.Block) string {
	var parts []string
	var walk func([]briefs.Block)
	walk = func(bs []briefs.Block) {
		for _, bl := range bs {
			switch n := bl.(type) {
			case *briefs.Paragraph:
				parts = append(parts, plainText(n.Content))
			case *briefs.Heading:
				parts = append(parts, plainText(n.Content))
			case *briefs.List:
				for _, it := range n.Items {
					walk(it.Blocks)
				}
			case *briefs.Quote:
				walk(n.Blocks)
			}
		}
	}
	walk(blocks)
	return strings.Join(parts, " ")
}

// xmlID makes id a valid XML ID (an NCName): letters, digits and "-", "_",
// "." are kept, anything else (":" from a CSL id like "doe:2020", spaces)
// becomes "-", and an id that does not start with a letter or "_" gets an
// "id-" prefix. Heading IDs from briefs already qualify and pass unchanged.
func xmlID(id string) string {
	if id == "" {
		return ""
	}
	var b strings.Builder
	for i, r := range id {
		ok := unicode.IsLetter(r) || r == '_' || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '-' || r == '.'))
		if i == 0 && !ok {
			b.WriteString("id-")
			ok = unicode.IsDigit(r) || r == '-' || r == '.'
		}
		if ok {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}
