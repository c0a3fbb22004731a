package briefs

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

// Input limits, each checked before the work it bounds.
const (
	maxFileSize    = 1 << 20  // brief and brand files
	maxAssetSize   = 64 << 20 // images, logos and fonts
	maxPixels      = 40_000_000
	maxNesting     = 32     // block quote and list nesting in Markdown
	maxBrandNodes  = 10_000 // YAML nodes in a brand file
	maxAuthorCount = 1000
)

// checkUTF8 reports the first invalid byte of src, if any.
func checkUTF8(src []byte, rep *reporter) bool {
	if utf8.Valid(src) {
		return true
	}
	off := 0
	for off < len(src) {
		r, n := utf8.DecodeRune(src[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	rep.errorf(newLineIndex(src[:off]).pos(off), "the file is not valid UTF-8 (byte 0x%02X at offset %d)", src[off], off)
	return false
}

// checkNesting pre-scans Markdown for container nesting (block quotes and
// list markers, also chained on one line like "- - - x") deeper than
// maxNesting, before goldmark sees the text. posOf maps a byte offset in
// md to its position. It reports the first offending line only.
func checkNesting(md []byte, posOf func(off int) Pos, rep *reporter) bool {
	off := 0
	fence := byte(0)
	for len(md) > 0 {
		end := bytes.IndexByte(md, '\n')
		var l []byte
		if end < 0 {
			l, md = md, nil
		} else {
			l, md = md[:end], md[end+1:]
		}
		t := bytes.TrimLeft(l, " \t")
		if len(t) >= 3 && (t[0] == '`' || t[0] == '~') && t[1] == t[0] && t[2] == t[0] {
			if fence == 0 {
				fence = t[0]
			} else if fence == t[0] {
				fence = 0
			}
		} else if fence == 0 {
			if d, at := nestingDepth(l); d > maxNesting {
				rep.errorf(posOf(off+at), "Markdown nesting deeper than %d levels (block quotes and lists)", maxNesting)
				return false
			}
		}
		off += len(l) + 1
	}
	return true
}

// nestingDepth counts the containers opened on one line: leading
// indentation (two columns a level, as in nested lists) plus each block
// quote or list marker. at is the byte index where the limit was passed.
func nestingDepth(l []byte) (depth, at int) {
	i, indent := 0, 0
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		if l[i] == '\t' {
			indent += 4
		} else {
			indent++
		}
		i++
	}
	markers := 0
	for i < len(l) {
		for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
			i++
		}
		if i >= len(l) {
			break
		}
		c := l[i]
		switch {
		case c == '>':
			i++
		case (c == '-' || c == '*' || c == '+') && (i+1 == len(l) || l[i+1] == ' ' || l[i+1] == '\t'):
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(l) && j-i < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j < len(l) && (l[j] == '.' || l[j] == ')') && (j+1 == len(l) || l[j+1] == ' ') {
				i = j + 1
			} else {
				return depth, 0
			}
		default:
			return depth, 0
		}
		markers++
		if markers > 0 {
			depth = markers + indent/2
		}
		if depth > maxNesting {
			return depth, max(i-1, 0)
		}
	}
	return depth, 0
}

// checkCoverage reports the first occurrence of every character that no
// font covers.
func checkCoverage(src []byte, covers func(rune) bool, rep *reporter) {
	if covers == nil {
		return
	}
	seen := map[rune]bool{}
	line, col := 1, 1
	for _, r := range string(src) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r < 0x20 || r == 0x7F || unicode.Is(unicode.Cf, r):
			// Controls and format characters (ZWNJ, ZWJ, bidi marks) are
			// not drawn, so no font needs them.
		case !seen[r] && !covers(r):
			seen[r] = true
			rep.errorf(Pos{Line: line, Col: col}, "no font has %s", runeName(r))
		}
		col++
	}
}

// runeName formats r as "U+0D9A (SINHALA LETTER ALPAPRAANA KAYANNA)".
func runeName(r rune) string {
	if n := runenames.Name(r); n != "" {
		return fmt.Sprintf("U+%04X (%s)", r, n)
	}
	return fmt.Sprintf("U+%04X", r)
}
