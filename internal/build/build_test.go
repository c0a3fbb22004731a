package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// writeFiles creates files (path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fakeCompile "builds" a brief by copying its bytes into each format; a
// brief containing "BROKEN" fails with a positioned error, and a brief
// containing "ASSET:path" lists that file as an input.
func fakeCompile(formats []string, calls *atomic.Int32) CompileFunc {
	return func(ctx context.Context, b Brief) (Product, error) {
		calls.Add(1)
		data, err := os.ReadFile(b.Path)
		if err != nil {
			return Product{}, err
		}
		if strings.Contains(string(data), "BROKEN") {
			return Product{Errors: []string{b.Path + ":3:1: error: broken on purpose"}}, nil
		}
		var p Product
		if _, after, ok := strings.Cut(string(data), "ASSET:"); ok {
			asset := strings.TrimSpace(after)
			h, err := hashFile(asset)
			if err != nil {
				return Product{}, err
			}
			p.Inputs = append(p.Inputs, Input{Path: asset, SHA256: h})
		}
		for _, f := range formats {
			p.Artifacts = append(p.Artifacts, Artifact{Format: f, Data: append([]byte(f+":"), data...), Pages: 1})
		}
		return p, nil
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.md":                "---\ntitle: A\n---\n",
		"notes.md":            "# not a brief\n",
		"sub/b.md":            "---\r\ntitle: B\n---\n",
		"sub/c.txt":           "---\n",
		".hidden/d.md":        "---\n",
		"dist/e.md":           "---\n",
		"node_modules/f.md":   "---\n",
		"other/sub/a.md":      "---\n",
		"collide/one/same.md": "---\n",
		"collide/two/same.md": "---\n",
	})
	tests := []struct {
		name    string
		args    []string
		want    []string // Rel values
		wantErr string
	}{
		{name: "directory", args: []string{dir}, want: []string{"a", "collide/one/same", "collide/two/same", "other/sub/a", "sub/b"}},
		{name: "file is taken as given", args: []string{filepath.Join(dir, "notes.md")}, want: []string{"notes"}},
		{name: "duplicates once", args: []string{filepath.Join(dir, "sub"), filepath.Join(dir, "sub", "b.md")}, want: []string{"b"}},
		{name: "colliding outputs", args: []string{filepath.Join(dir, "collide", "one"), filepath.Join(dir, "collide", "two")}, wantErr: "would both build same"},
		{name: "missing path", args: []string{filepath.Join(dir, "nope")}, wantErr: "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Discover(tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var rels []string
			for _, b := range got {
				rels = append(rels, filepath.ToSlash(b.Rel))
			}
			if !slices.Equal(rels, tt.want) {
				t.Errorf("Rel = %v, want %v", rels, tt.want)
			}
		})
	}
}

func TestShardPartition(t *testing.T) {
	var all []Brief
	for i := range 23 {
		all = append(all, Brief{Path: fmt.Sprintf("b%02d.md", i)})
	}
	for _, n := range []int{1, 2, 3, 7, 30} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			seen := map[string]int{}
			for k := 1; k <= n; k++ {
				spec, err := ParseShard(fmt.Sprintf("%d/%d", k, n))
				if err != nil {
					t.Fatal(err)
				}
				part := Shard(all, spec)
				if len(part) > (len(all)+n-1)/n {
					t.Errorf("shard %d/%d has %d briefs, unbalanced", k, n, len(part))
				}
				for _, b := range part {
					seen[b.Path]++
				}
			}
			if len(seen) != len(all) {
				t.Errorf("union has %d briefs, want %d", len(seen), len(all))
			}
			for p, c := range seen {
				if c != 1 {
					t.Errorf("%s is in %d shards", p, c)
				}
			}
		})
	}
}

func TestParseShard(t *testing.T) {
	tests := []struct {
		in   string
		want ShardSpec
		ok   bool
	}{
		{"1/4", ShardSpec{1, 4}, true},
		{"4/4", ShardSpec{4, 4}, true},
		{"0/4", ShardSpec{}, false},
		{"5/4", ShardSpec{}, false},
		{"1/0", ShardSpec{}, false},
		{"x/2", ShardSpec{}, false},
		{"2", ShardSpec{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseShard(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestRunBatch(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"logo.png": "png-v1"}
	for i := range 100 {
		body := fmt.Sprintf("---\ntitle: B%d\n---\nbody %d\n", i, i)
		if i == 42 {
			body += "BROKEN\n"
		}
		if i == 7 {
			body += "ASSET:" + filepath.Join(dir, "logo.png") + "\n"
		}
		files[fmt.Sprintf("briefs/b%03d.md", i)] = body
	}
	writeFiles(t, dir, files)
	briefs, err := Discover([]string{filepath.Join(dir, "briefs")})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "dist")
	formats := []string{"pdf", "epub"}
	var calls atomic.Int32
	cfg := Config{OutDir: out, Formats: formats, Jobs: 4, Key: "v1", Compile: fakeCompile(formats, &calls), Now: time.Now}

	t.Run("first build", func(t *testing.T) {
		s, err := Run(context.Background(), cfg, briefs)
		if err != nil {
			t.Fatal(err)
		}
		if s.Built != 99 || s.Failed != 1 || s.Skipped != 0 {
			t.Errorf("summary = %s, want built 99, failed 1", SummaryLine(s))
		}
		if r := s.Results[42]; !r.Failed() || !strings.Contains(r.Errors[0], "b042.md:3:1: error:") {
			t.Errorf("result 42 = %+v, want the positioned error", r)
		}
		if _, err := os.Stat(filepath.Join(out, "b042.pdf")); err == nil {
			t.Error("the broken brief has an output")
		}
		got, err := os.ReadFile(filepath.Join(out, "b000.epub"))
		if err != nil || !strings.HasPrefix(string(got), "epub:---") {
			t.Errorf("b000.epub = %q, %v", got, err)
		}
	})
	t.Run("no-change rebuild skips", func(t *testing.T) {
		calls.Store(0)
		s, err := Run(context.Background(), cfg, briefs)
		if err != nil {
			t.Fatal(err)
		}
		if s.Skipped != 99 || s.Failed != 1 || calls.Load() != 1 {
			t.Errorf("summary = %s with %d compiles, want 99 skipped and only the broken brief compiled", SummaryLine(s), calls.Load())
		}
		if r := s.Results[0]; len(r.Outputs) != 2 || r.Outputs[0].Bytes == 0 {
			t.Errorf("skipped result lacks its outputs: %+v", r)
		}
	})
	t.Run("changed brief, asset and key rebuild", func(t *testing.T) {
		writeFiles(t, dir, map[string]string{"briefs/b003.md": "---\ntitle: changed\n---\n", "logo.png": "png-v2"})
		s, _ := Run(context.Background(), cfg, briefs)
		var rebuilt []int
		for i, r := range s.Results {
			if !r.Skipped && !r.Failed() {
				rebuilt = append(rebuilt, i)
			}
		}
		if !slices.Equal(rebuilt, []int{3, 7}) {
			t.Errorf("rebuilt %v, want [3 7]", rebuilt)
		}
		k := cfg
		k.Key = "v2"
		k.Formats = []string{"pdf", "epub"}
		if s, _ := Run(context.Background(), k, briefs); s.Built != 99 {
			t.Errorf("new key: %s, want all rebuilt", SummaryLine(s))
		}
		_, _ = Run(context.Background(), cfg, briefs) // back to key v1
	})
	t.Run("deleted output rebuilds, force rebuilds all", func(t *testing.T) {
		if err := os.Remove(filepath.Join(out, "b010.pdf")); err != nil {
			t.Fatal(err)
		}
		s, _ := Run(context.Background(), cfg, briefs)
		if s.Built != 1 || s.Results[10].Skipped {
			t.Errorf("%s, want only b010 rebuilt", SummaryLine(s))
		}
		f := cfg
		f.Force = true
		if s, _ := Run(context.Background(), f, briefs); s.Built != 99 {
			t.Errorf("--force: %s, want 99 built", SummaryLine(s))
		}
	})
	entries, _ := filepath.Glob(filepath.Join(out, ".*.tmp-*"))
	if len(entries) != 0 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestRunFailureKeepsOldOutput(t *testing.T) {
	dir := t.TempDir()
	brief := filepath.Join(dir, "x.md")
	writeFiles(t, dir, map[string]string{"x.md": "---\nv1\n", "dist/.x.pdf.tmp-123": "stale"})
	var calls atomic.Int32
	cfg := Config{OutDir: filepath.Join(dir, "dist"), Formats: []string{"pdf"}, Jobs: 1, Compile: fakeCompile([]string{"pdf"}, &calls)}
	bs := []Brief{{Path: brief, Rel: "x"}}
	if s, err := Run(context.Background(), cfg, bs); err != nil || s.Built != 1 {
		t.Fatalf("first build: %+v, %v", s, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "dist", ".x.pdf.tmp-123")); err == nil {
		t.Error("stale temporary file not cleaned")
	}
	writeFiles(t, dir, map[string]string{"x.md": "---\nBROKEN\n"})
	if s, _ := Run(context.Background(), cfg, bs); s.Failed != 1 {
		t.Fatalf("broken build: %s, want failed", SummaryLine(s))
	}
	got, _ := os.ReadFile(filepath.Join(dir, "dist", "x.pdf"))
	if string(got) != "pdf:---\nv1\n" {
		t.Errorf("x.pdf = %q, want the old output kept", got)
	}
}

func TestRunCancelled(t *testing.T) {
	dir := t.TempDir()
	var bs []Brief
	for i := range 10 {
		p := filepath.Join(dir, fmt.Sprintf("b%d.md", i))
		writeFiles(t, dir, map[string]string{filepath.Base(p): "---\n"})
		bs = append(bs, Brief{Path: p, Rel: fmt.Sprintf("b%d", i)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int32
	compile := func(ctx context.Context, b Brief) (Product, error) {
		if n.Add(1) == 3 {
			cancel() // a signal arrives while the third brief compiles
		}
		return Product{Artifacts: []Artifact{{Format: "pdf", Data: []byte("x")}}}, nil
	}
	s, err := Run(ctx, Config{OutDir: filepath.Join(dir, "dist"), Formats: []string{"pdf"}, Jobs: 1, Compile: compile}, bs)
	if err != nil {
		t.Fatal(err)
	}
	if s.Built != 2 || s.Failed != 8 {
		t.Errorf("%s, want 2 built and 8 not built", SummaryLine(s))
	}
	if r := s.Results[9]; !r.Interrupted || len(r.Errors) != 1 {
		t.Errorf("unstarted brief: %+v, want one 'interrupted' error", r)
	}
	if _, err := os.Stat(filepath.Join(dir, "dist", "b2.pdf")); err == nil {
		t.Error("the brief compiled during cancellation was written")
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, "dist", ".*.tmp-*")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestLine(t *testing.T) {
	tests := []struct {
		name string
		r    Result
		want string
	}{
		{"built", Result{Input: "x.md", DurationMS: 31, Outputs: []OutputFile{{Path: "dist/x.pdf", Bytes: 90 * 1024, Pages: 12}, {Path: "dist/x.epub", Bytes: 6 * 1024}}},
			"built x.md -> dist/x.pdf, dist/x.epub (12 pages, 96 KB, 31 ms)"},
		{"skipped", Result{Input: "x.md", Skipped: true}, "skipped x.md (unchanged)"},
		{"failed", Result{Input: "x.md", Errors: []string{"a"}}, "failed x.md (1 error)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.r); got != tt.want {
				t.Errorf("Line = %q, want %q", got, tt.want)
			}
		})
	}
	if got := SummaryLine(Summary{Built: 99, Failed: 1, Wall: 2300 * time.Millisecond}); got != "built 99, failed 1, skipped 0 in 2.3 s" {
		t.Errorf("SummaryLine = %q", got)
	}
}

func TestDependents(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"logo.png": "x",
		"a.md": "---\nASSET:" + filepath.Join(dir, "logo.png") + "\n",
		"b.md": "---\nASSET:" + filepath.Join(dir, "logo.png") + "\n",
		"c.md": "---\n"})
	var calls atomic.Int32
	bs := []Brief{{Path: filepath.Join(dir, "a.md"), Rel: "a"}, {Path: filepath.Join(dir, "b.md"), Rel: "b"}, {Path: filepath.Join(dir, "c.md"), Rel: "c"}}
	out := filepath.Join(dir, "dist")
	if _, err := Run(context.Background(), Config{OutDir: out, Formats: []string{"pdf"}, Compile: fakeCompile([]string{"pdf"}, &calls)}, bs); err != nil {
		t.Fatal(err)
	}
	deps := Dependents(out)
	if got, want := deps[filepath.Join(dir, "logo.png")], []string{bs[0].Path, bs[1].Path}; !slices.Equal(got, want) {
		t.Errorf("dependents of logo.png = %v, want %v", got, want)
	}
	if got := deps[bs[2].Path]; !slices.Equal(got, []string{bs[2].Path}) {
		t.Errorf("dependents of c.md = %v, want itself", got)
	}
}
