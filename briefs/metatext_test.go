package briefs

import "testing"

// TestMetaPlain: a title written "Torture: *every* corner" (Markdown, as
// pandoc reads it) was printed with its asterisks on the cover.
func TestMetaPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"The *real* cost of **water**", "The real cost of water"},
		{"Using `code` and a [link](https://x.org)", "Using code and a link"},
		{"1. Introduction", "1. Introduction"}, // a list to Markdown: kept
		{"snake_case_name", "snake_case_name"},
		{"*عنوان* عربي", "عنوان عربي"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := metaPlain(tt.in); got != tt.want {
				t.Errorf("metaPlain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
