package main

import (
	"slices"
	"testing"
)

func TestInterspersed(t *testing.T) {
	app := newApp(&env{})
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"flags first stay", []string{"bp", "build", "-o", "d", "a.md"}, []string{"bp", "build", "-o", "d", "a.md"}},
		{"value flag after path", []string{"bp", "build", "a.md", "-o", "d", "b"}, []string{"bp", "build", "-o", "d", "a.md", "b"}},
		{"bool flag does not take the next path", []string{"bp", "build", "a.md", "--force", "b.md"}, []string{"bp", "build", "--force", "a.md", "b.md"}},
		{"alias and = form", []string{"bp", "build", "a.md", "-j", "2", "--format=pdf"}, []string{"bp", "build", "-j", "2", "--format=pdf", "a.md"}},
		{"after -- everything is positional", []string{"bp", "check", "a.md", "--", "-b.md"}, []string{"bp", "check", "a.md", "--", "-b.md"}},
		{"unknown command untouched", []string{"bp", "bogus", "x", "-o"}, []string{"bp", "bogus", "x", "-o"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := interspersed(app, tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("interspersed(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
