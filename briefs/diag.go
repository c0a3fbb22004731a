package briefs

import (
	"fmt"
	"sort"
	"strings"
)

// Severity tells errors from warnings.
type Severity uint8

// Severities.
const (
	Error Severity = iota
	Warning
)

// String returns "error" or "warning", as printed in diagnostics.
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem found in a brief or brand file. Line and Col are
// 1-based (Col counts runes); both are 0 when the problem has no position
// (then the file itself is meant).
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	Message  string
}

// String formats the diagnostic as "FILE:LINE:COL: error: MESSAGE", the form
// editors and CI annotate.
func (d Diagnostic) String() string {
	line, col := max(d.Line, 1), max(d.Col, 1)
	return fmt.Sprintf("%s:%d:%d: %s: %s", d.File, line, col, d.Severity, d.Message)
}

// Diagnostics is a list of diagnostics; it implements error so that a failed
// parse can be returned as one.
type Diagnostics []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders the diagnostics by file, line and column, keeping the order
// of equal positions stable.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Error joins the diagnostics, one per line.
func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}
