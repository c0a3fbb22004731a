package archtest

import (
	"bufio"
	"bytes"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

const module = "github.com/briefpress/briefpress"

// rules maps a library package (relative to the module) to the import
// path prefixes it may use besides the standard library. Module-local
// prefixes are relative too. cmd/... and internal/... are process code and
// may import anything except as checked in TestLibraryDoesNotImportCLI.
func rules() map[string][]string {
	goText := "github.com/go-text/typesetting"
	fixed := "golang.org/x/image/math/fixed" // go-text's own fixed-point type
	return map[string][]string{
		"briefs":        {"github.com/yuin/goldmark", "github.com/goccy/go-yaml", "golang.org/x/text"},
		"fonts":         {goText, fixed, "github.com/tdewolff/font"},
		"layout/frame":  {"fonts"},
		"layout":        {"briefs", "fonts", "layout/frame", "layout/inline", goText, fixed, "golang.org/x/text"},
		"layout/inline": {"briefs", "fonts", "layout/frame", goText, fixed, "golang.org/x/text"},
		"output/pdf":    {"layout/frame", "fonts", "github.com/tdewolff/font"},
		"output/epub":   {"briefs", "fonts", "github.com/bmaupin/go-epub", "golang.org/x/text"},
	}
}

// pkg is one package as go list reports it.
type pkg struct {
	path    string // relative to the module ("" for the root)
	imports []string
}

// listPackages runs go list on the module (tolerating packages that do not
// compile: imports come from the source headers).
func listPackages(t *testing.T) []pkg {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	cmd := exec.Command("go", "list", "-e", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", "./...")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []pkg
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || !strings.HasPrefix(fields[0], module) {
			continue
		}
		pkgs = append(pkgs, pkg{path: strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/"), imports: fields[1:]})
	}
	if len(pkgs) < 5 {
		t.Fatalf("go list found only %d packages:\n%s", len(pkgs), out)
	}
	return pkgs
}

// isStd reports whether an import path is in the standard library (no dot
// in its first element).
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// allowed reports whether imp matches one of the prefixes.
func allowed(imp string, prefixes []string) bool {
	for _, pre := range prefixes {
		if !strings.Contains(strings.SplitN(pre, "/", 2)[0], ".") {
			pre = module + "/" + pre
		}
		if imp == pre || strings.HasPrefix(imp, pre+"/") {
			return true
		}
	}
	return false
}

func TestImportTable(t *testing.T) {
	table := rules()
	for _, p := range listPackages(t) {
		if p.path == "cmd" || strings.HasPrefix(p.path, "cmd/") || strings.HasPrefix(p.path, "internal/") {
			continue
		}
		t.Run(p.path, func(t *testing.T) {
			allow, ok := table[p.path]
			if !ok {
				t.Fatalf("package %s is not in the import table: add it to internal/archtest and docs/architecture.md", p.path)
			}
			for _, imp := range p.imports {
				if !isStd(imp) && !allowed(imp, allow) {
					t.Errorf("%s imports %s; allowed: standard library and %v", p.path, imp, allow)
				}
			}
		})
	}
}

func TestLibraryDoesNotImportCLI(t *testing.T) {
	for _, p := range listPackages(t) {
		if strings.HasPrefix(p.path, "cmd/") || strings.HasPrefix(p.path, "internal/build") {
			continue
		}
		t.Run(p.path, func(t *testing.T) {
			for _, imp := range p.imports {
				rel := strings.TrimPrefix(imp, module+"/")
				if strings.HasPrefix(rel, "cmd/") || rel == "internal/build" || strings.HasPrefix(rel, "internal/build/") {
					t.Errorf("%s imports %s: libraries never depend on the command line", p.path, imp)
				}
			}
		})
	}
}

func TestRulesMatchPrefixes(t *testing.T) {
	tests := []struct {
		imp   string
		allow []string
		want  bool
	}{
		{module + "/fonts", []string{"fonts"}, true},
		{module + "/fontsx", []string{"fonts"}, false},
		{"github.com/go-text/typesetting/shaping", []string{"github.com/go-text/typesetting"}, true},
		{"github.com/yuin/goldmark-emoji", []string{"github.com/yuin/goldmark"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.imp, func(t *testing.T) {
			if got := allowed(tt.imp, tt.allow); got != tt.want {
				t.Errorf("allowed(%q, %v) = %v, want %v", tt.imp, tt.allow, got, tt.want)
			}
		})
	}
}
