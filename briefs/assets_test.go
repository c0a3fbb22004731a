package briefs

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestResolve checks which asset paths may be opened: relative paths that
// stay inside the build root only.
func TestResolve(t *testing.T) {
	dir, opts := testRoot(t)
	tests := []struct {
		path, want string // want: the root-relative path, or an error fragment
	}{
		{"img.png", "img.png"},
		{"./sub/../img.png", "img.png"},
		{"sub/x.png", "sub/x.png"},
		{"../secret.png", "is outside the build root"},
		{"sub/../../x.png", "is outside the build root"},
		{"/etc/passwd", "absolute paths are not allowed"},
		{"file:///etc/passwd", "URLs are never fetched"},
		{"HTTPS://x.org/a.png", "URLs are never fetched"},
		{"data:image/png;base64,AA", "URLs are never fetched"},
		{"  ", "empty path"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rep := &reporter{file: "b.md"}
			a := &assetLoader{root: opts.Root, rootDir: opts.RootDir, rep: rep}
			got := a.resolve("image", tt.path, dir, Pos{Line: 1, Col: 1})
			if strings.Contains(tt.want, " ") {
				if got != "" || len(rep.diags) != 1 || !strings.Contains(rep.diags[0].Message, tt.want) {
					t.Errorf("got %q, %v; want error %q", got, rep.diags, tt.want)
				}
				return
			}
			if got != filepath.FromSlash(tt.want) || len(rep.diags) != 0 {
				t.Errorf("got %q, %v; want %q", got, rep.diags, tt.want)
			}
		})
	}
	rep := &reporter{file: "b.md"}
	if got := (&assetLoader{rep: rep}).resolve("image", "img.png", dir, Pos{}); got != "" || len(rep.diags) != 1 || !strings.Contains(rep.diags[0].Message, "no build root") {
		t.Errorf("nil root: got %q, %v", got, rep.diags)
	}
}
