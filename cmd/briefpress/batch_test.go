package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefpress/briefpress/internal/build"
)

// batch writes n briefs into dir/briefs; brief number broken (if >= 0)
// has an unknown front-matter key.
func batch(t *testing.T, dir string, n, broken int) {
	t.Helper()
	files := map[string]string{}
	for i := range n {
		text := brief(i)
		if i == broken {
			text = strings.Replace(text, "title:", "titel:", 1)
		}
		files[fmt.Sprintf("briefs/b%03d.md", i)] = text
	}
	writeTree(t, dir, files)
}

func decodeResults(t *testing.T, stdout string) []build.Result {
	t.Helper()
	var rs []build.Result
	if err := json.Unmarshal([]byte(stdout), &rs); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, stdout)
	}
	return rs
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var tmp []string
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.Contains(d.Name(), ".tmp-") {
			tmp = append(tmp, p)
		}
		return nil
	})
	return tmp
}

func TestBatchBuild(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	batch(t, dir, 100, 42)

	code, stdout, stderr := runCLI(context.Background(), "build", "-j", "2", "--json", "briefs")
	if code != exitFailed {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	rs := decodeResults(t, stdout)
	if len(rs) != 100 {
		t.Fatalf("%d JSON objects, want 100", len(rs))
	}
	built := 0
	for _, r := range rs {
		if len(r.Errors) == 0 {
			built++
			if len(r.Outputs) != 2 || r.Outputs[0].Format != "pdf" || r.Outputs[0].Pages < 1 || r.Outputs[1].Bytes == 0 {
				t.Errorf("%s: outputs %+v, want a PDF with pages and an EPUB", r.Input, r.Outputs)
			}
		}
	}
	if built != 99 || !strings.Contains(strings.Join(rs[42].Errors, "\n"), `briefs/b042.md:2:1: error: unknown key "titel"`) {
		t.Errorf("built %d (want 99); b042 errors %v", built, rs[42].Errors)
	}
	if !strings.Contains(stderr, "built 99, failed 1, skipped 0 in ") {
		t.Errorf("summary line missing:\n%s", stderr)
	}
	if !strings.Contains(stderr, "built briefs/b000.md -> dist/b000.pdf, dist/b000.epub (") {
		t.Errorf("per-brief line missing:\n%s", stderr)
	}
	if tmp := tempFiles(t, "dist"); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}

	t.Run("no-change rebuild is skipped", func(t *testing.T) {
		start := time.Now()
		code, stdout, _ := runCLI(context.Background(), "build", "--json", "--quiet", "briefs")
		if code != exitFailed {
			t.Errorf("exit %d, want 1 (the broken brief still fails)", code)
		}
		skipped := 0
		for _, r := range decodeResults(t, stdout) {
			if r.Skipped {
				skipped++
			}
		}
		if skipped != 99 {
			t.Errorf("%d skipped, want 99", skipped)
		}
		t.Logf("no-change rebuild of 100 briefs: %v", time.Since(start))
	})
	t.Run("touched brief is rebuilt", func(t *testing.T) {
		writeTree(t, dir, map[string]string{"briefs/b005.md": brief(5) + "\nOne more sentence.\n"})
		_, stdout, _ := runCLI(context.Background(), "build", "--json", "-q", "briefs")
		for i, r := range decodeResults(t, stdout) {
			if want := i != 5 && i != 42; r.Skipped != want {
				t.Errorf("%s skipped = %v, want %v", r.Input, r.Skipped, want)
			}
		}
	})
	t.Run("--force rebuilds", func(t *testing.T) {
		_, stdout, _ := runCLI(context.Background(), "build", "--json", "-q", "--force", "-f", "pdf", "briefs/b001.md")
		rs := decodeResults(t, stdout)
		if len(rs) != 1 || rs[0].Skipped || len(rs[0].Outputs) != 1 {
			t.Errorf("results %+v, want one rebuilt PDF", rs)
		}
	})
}

func TestShards(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	batch(t, dir, 7, -1)
	seen := map[string]int{}
	for k := 1; k <= 3; k++ {
		code, stdout, stderr := runCLI(context.Background(), "build", "-f", "pdf", "--json", "-q", "--shard", fmt.Sprintf("%d/3", k), "briefs")
		if code != exitOK {
			t.Fatalf("shard %d: exit %d\n%s", k, code, stderr)
		}
		for _, r := range decodeResults(t, stdout) {
			seen[r.Input]++
		}
	}
	if len(seen) != 7 {
		t.Errorf("shards cover %d briefs, want 7: %v", len(seen), seen)
	}
	for in, n := range seen {
		if n != 1 {
			t.Errorf("%s built by %d shards", in, n)
		}
	}
}

func TestOutputDirError(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	batch(t, dir, 1, -1)
	writeTree(t, dir, map[string]string{"file": "not a directory"})
	code, _, stderr := runCLI(context.Background(), "build", "-o", "file/sub", "briefs")
	if code != exitIO {
		t.Errorf("exit %d, want 3\n%s", code, stderr)
	}
}

func TestFailedBuildKeepsOldOutput(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"x.md": brief(1), "dist/.x.pdf.tmp-stale": "junk"})
	if code, _, stderr := runCLI(context.Background(), "build", "-q", "x.md"); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	old, _ := os.ReadFile("dist/x.pdf")
	if tmp := tempFiles(t, "dist"); len(tmp) != 0 {
		t.Errorf("stale temporary file not removed: %v", tmp)
	}
	writeTree(t, dir, map[string]string{"x.md": strings.Replace(brief(1), "title:", "titel:", 1)})
	if code, _, _ := runCLI(context.Background(), "build", "-q", "x.md"); code != exitFailed {
		t.Fatalf("exit %d, want 1", code)
	}
	if now, _ := os.ReadFile("dist/x.pdf"); len(old) == 0 || string(now) != string(old) {
		t.Error("a failed build changed the previous output")
	}
}

func TestReproducible(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"x.md": brief(3)})
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	var first [][]byte
	for i := range 2 {
		if code, _, stderr := runCLI(context.Background(), "build", "-q", "--force", "x.md"); code != exitOK {
			t.Fatalf("exit %d\n%s", code, stderr)
		}
		for j, f := range []string{"dist/x.pdf", "dist/x.epub"} {
			data, _ := os.ReadFile(f)
			if i == 0 {
				first = append(first, data)
			} else if string(data) != string(first[j]) {
				t.Errorf("%s differs between two builds", f)
			}
		}
	}
}

func TestBrandOverride(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{
		"site/briefs/x.md":   brief(1),
		"site/brand.yaml":    "name: Override Institute\n",
		"site/bad-brand.yml": "nmae: typo\n",
	})
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     string
	}{
		{"relative to the working directory, other root", []string{"build", "--root", "site", "--brand", "site/brand.yaml", "--json", "-q", "site/briefs/x.md"}, exitOK, `"input": "site/briefs/x.md"`},
		{"broken brand fails the build", []string{"build", "--brand", "site/bad-brand.yml", "-q", "site/briefs/x.md"}, exitFailed, "nmae"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(context.Background(), tt.args...)
			if code != tt.wantCode || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d (want %d), output lacks %q:\n%s\n%s", code, tt.wantCode, tt.want, stdout, stderr)
			}
		})
	}
	t.Run("brand edit rebuilds", func(t *testing.T) {
		args := []string{"build", "--brand", "site/brand.yaml", "--json", "-q", "site/briefs/x.md"}
		runCLI(context.Background(), args...)
		writeTree(t, dir, map[string]string{"site/brand.yaml": "name: Renamed Institute\n"})
		_, stdout, _ := runCLI(context.Background(), args...)
		if rs := decodeResults(t, stdout); len(rs) != 1 || rs[0].Skipped {
			t.Errorf("after a brand edit: %+v, want rebuilt", rs)
		}
	})
}
