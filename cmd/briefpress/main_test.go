package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/build"
	"github.com/briefpress/briefpress/internal/build/pipeline"
)

// binDir holds the briefpress binary for the subprocess (signal) test; it
// is built on first use only.
var binDir string

func TestMain(m *testing.M) {
	d, err := os.MkdirTemp("", "briefpress-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	binDir = d
	code := m.Run()
	_ = os.RemoveAll(d)
	os.Exit(code)
}

var buildBinary = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(binDir, "briefpress")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a build.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// runCLI runs briefpress in-process in the current directory.
func runCLI(ctx context.Context, args ...string) (code int, stdout, stderr string) {
	var out, errb syncBuffer
	code = run(ctx, append([]string{"briefpress"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// brief returns a small valid brief.
func brief(i int) string {
	return fmt.Sprintf(`---
title: "Brief number %d"
date: 2026-01-%02d
lang: en
---

# Findings

Paragraph %d says something short about policy, with *emphasis*.
`, i, i%28+1, i)
}

// writeTree writes files (path -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
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

// requirePipeline skips the test while the libraries are stubs: it
// compiles one small brief and looks for their "not yet implemented".
func requirePipeline(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"probe.md": brief(1)})
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	cfg := &pipeline.Config{Fonts: fonts.NewRegistry(), Root: root, RootDir: dir, Formats: []string{"pdf", "epub"}, Producer: "test"}
	p, err := cfg.Compile(context.Background(), build.Brief{Path: filepath.Join(dir, "probe.md"), Rel: "probe"})
	msgs := strings.Join(p.Errors, "\n")
	if err != nil {
		msgs += "\n" + err.Error()
	}
	if strings.Contains(msgs, "not yet implemented") {
		t.Skipf("skipping until layout.Typeset, pdf.Write and epub.Write are implemented: %s", strings.TrimSpace(msgs))
	}
	if msgs != "" {
		t.Fatalf("a valid brief does not build: %s", msgs)
	}
}

func TestUsage(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
		wantStdout string
	}{
		{"no command", nil, exitUsage, "no command given", "USAGE"},
		{"unknown command", []string{"bogus"}, exitUsage, `unknown command "bogus"`, ""},
		{"unknown flag", []string{"build", "--nope", "x.md"}, exitUsage, "flag provided but not defined", ""},
		{"bad format", []string{"build", "-f", "docx", "x.md"}, exitUsage, `-f "docx"`, ""},
		{"missing path", []string{"build"}, exitUsage, "missing PATH", ""},
		{"flags after the path are read", []string{"build", "x.md", "-o", "out", "-f", "docx"}, exitUsage, `-f "docx"`, ""},
		{"a dash path after --", []string{"check", "--", "-x.md"}, exitUsage, "after", ""},
		{"bad shard", []string{"build", "--shard", "3/2", "x.md"}, exitUsage, "1 <= K <= N", ""},
		{"zero jobs", []string{"build", "-j", "0", "x.md"}, exitUsage, "want at least 1", ""},
		{"nonexistent brief", []string{"build", "nope.md"}, exitUsage, "no such file", ""},
		{"check without path", []string{"check"}, exitUsage, "missing PATH", ""},
		{"new without name", []string{"new"}, exitUsage, "exactly one NAME", ""},
		{"version", []string{"version"}, exitOK, "", "briefpress dev"},
		{"version with argument", []string{"version", "x"}, exitUsage, "no arguments", ""},
		{"fonts", []string{"fonts"}, exitOK, "", "Noto Naskh Arabic"},
		{"help", []string{"help", "build"}, exitOK, "", "--shard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(context.Background(), tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d\nstderr: %s", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.wantStderr)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout %q does not contain %q", stdout, tt.wantStdout)
			}
		})
	}
}

func TestBadSourceDateEpoch(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"a.md": brief(1)})
	t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
	code, _, stderr := runCLI(context.Background(), "build", "a.md")
	if code != exitUsage || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("exit %d, stderr %q; want 2 naming SOURCE_DATE_EPOCH", code, stderr)
	}
}

func TestNew(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if code, _, stderr := runCLI(context.Background(), "new", "my-brief"); code != exitOK {
		t.Fatalf("new: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile("my-brief.md")
	if err != nil || !strings.Contains(string(data), `title: "My brief"`) {
		t.Fatalf("my-brief.md = %q, %v; want the template with its title", data, err)
	}
	t.Run("refuses to overwrite", func(t *testing.T) {
		code, _, stderr := runCLI(context.Background(), "new", "my-brief.md")
		if code != exitUsage || !strings.Contains(stderr, "already exists") {
			t.Errorf("exit %d, %q; want 2 and 'already exists'", code, stderr)
		}
		if again, _ := os.ReadFile("my-brief.md"); !bytes.Equal(again, data) {
			t.Error("the existing file changed")
		}
	})
	t.Run("check accepts it", func(t *testing.T) {
		code, _, stderr := runCLI(context.Background(), "check", "my-brief.md")
		if strings.Contains(stderr, "not yet implemented") || strings.Contains(stderr, "undefined") {
			t.Skipf("briefs.Load not implemented yet: %s", stderr)
		}
		if code != exitOK || strings.Contains(stderr, "error:") {
			t.Errorf("check: exit %d\n%s", code, stderr)
		}
	})
}

func TestCheckReportsDiagnostics(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{
		"briefs/good.md":  brief(1),
		"briefs/bad.md":   "---\ntitel: Oops\n---\n\nText.\n",
		"briefs/plain.md": "# not a brief\n",
	})
	code, _, stderr := runCLI(context.Background(), "check", "briefs")
	if code != exitFailed {
		t.Errorf("exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{"briefs/bad.md:2:1: error:", `"titel"`, "checked 2, failed 1"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat("dist"); err == nil {
		t.Error("check wrote dist/")
	}
}

func TestDump(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{"a.md": brief(4), "bad.md": "---\ntitel: x\n---\n"})
	tests := []struct {
		name     string
		file     string
		wantCode int
		want     string
	}{
		{"valid brief", "a.md", exitOK, "Brief number 4"},
		{"broken brief", "bad.md", exitFailed, "titel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(context.Background(), "dump", tt.file)
			if strings.Contains(stderr, "not yet implemented") {
				t.Skipf("briefs not ready: %s", stderr)
			}
			if code != tt.wantCode || !strings.Contains(stdout+stderr, tt.want) {
				t.Errorf("exit %d (want %d); output lacks %q:\n%s\n%s", code, tt.wantCode, tt.want, stdout, stderr)
			}
			if code == exitOK && !json.Valid([]byte(stdout)) {
				t.Errorf("dump output is not JSON:\n%s", stdout)
			}
		})
	}
}
