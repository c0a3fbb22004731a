package build

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
)

// diagPos matches the "FILE:LINE:COL: " prefix of a diagnostic.
var diagPos = regexp.MustCompile(`^(.*?):(\d+):(\d+): `)

// inOrder merges a brief's warnings and errors into one list sorted by
// file, line and column, as an editor would list them; diagnostics without
// a position keep their order after the positioned ones.
func inOrder(warnings, errs []string) []string {
	type keyed struct {
		file      string
		line, col int
		ok        bool
		text      string
	}
	all := make([]keyed, 0, len(warnings)+len(errs))
	for _, d := range append(append([]string(nil), warnings...), errs...) {
		k := keyed{text: d}
		if m := diagPos.FindStringSubmatch(d); m != nil {
			k.file, k.ok = m[1], true
			k.line, _ = strconv.Atoi(m[2])
			k.col, _ = strconv.Atoi(m[3])
		}
		all = append(all, k)
	}
	slices.SortStableFunc(all, func(a, b keyed) int {
		if a.ok != b.ok {
			if a.ok {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col))
	})
	out := make([]string, len(all))
	for i, k := range all {
		out[i] = k.text
	}
	return out
}
