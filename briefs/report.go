package briefs

import (
	"bytes"
	"fmt"
)

// reporter collects the diagnostics of one file.
type reporter struct {
	file  string
	diags Diagnostics
}

func (r *reporter) errorf(p Pos, format string, args ...any) {
	r.diags = append(r.diags, Diagnostic{File: r.file, Line: p.Line, Col: p.Col, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

func (r *reporter) warnf(p Pos, format string, args ...any) {
	r.diags = append(r.diags, Diagnostic{File: r.file, Line: p.Line, Col: p.Col, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// lineIndex turns byte offsets of a source into 1-based line and rune column.
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line start
	// The last answer, to count columns on from it: positions are mostly
	// asked for in increasing order, and a line can be 1 MiB long.
	lastOff, lastLine, lastCol int
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

// pos returns the position of byte offset off.
func (li *lineIndex) pos(off int) Pos {
	if off < 0 {
		return Pos{}
	}
	off = min(off, len(li.src))
	lo, hi := 0, len(li.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if li.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	col, from := 1, li.starts[lo]
	if li.lastLine == lo+1 && li.lastOff <= off && li.lastOff >= from {
		col, from = li.lastCol, li.lastOff
	}
	for _, c := range li.src[from:off] {
		if c&0xC0 != 0x80 {
			col++
		}
	}
	li.lastOff, li.lastLine, li.lastCol = off, lo+1, col
	return Pos{Line: lo + 1, Col: col}
}

// normalizeNewlines turns CRLF and lone CR line ends into LF. YAML and
// CommonMark both read a lone CR as a line end, and so do editors; our
// line index counts LF only, so without this a brief saved with CR line
// ends got diagnostics on lines past its end. Columns are unchanged.
func normalizeNewlines(src []byte) []byte {
	if !bytes.ContainsRune(src, '\r') {
		return src
	}
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			if i+1 < len(src) && src[i+1] == '\n' {
				continue // the LF follows
			}
			c = '\n'
		}
		out = append(out, c)
	}
	return out
}
