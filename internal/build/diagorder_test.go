package build

import (
	"slices"
	"testing"
)

// TestInOrder: a brief's warning on line 9 was printed before its errors
// on lines 2 and 4, because warnings and errors were printed as two lists.
func TestInOrder(t *testing.T) {
	got := inOrder(
		[]string{"b.md:9:1: warning: unused", "a.md: warning: no position"},
		[]string{"b.md:4:7: error: date", "b.md:2:1: error: key", "b.md:10:2: error: late", "a.md:1:1: error: first"},
	)
	want := []string{
		"a.md:1:1: error: first",
		"b.md:2:1: error: key",
		"b.md:4:7: error: date",
		"b.md:9:1: warning: unused",
		"b.md:10:2: error: late",
		"a.md: warning: no position",
	}
	if !slices.Equal(got, want) {
		t.Errorf("inOrder\n got %q\nwant %q", got, want)
	}
}
