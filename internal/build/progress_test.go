package build

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestReporter(t *testing.T) {
	ok := Result{Input: "a.md", Outputs: []OutputFile{{Path: "dist/a.pdf", Bytes: 2048, Pages: 2}}, DurationMS: 5}
	bad := Result{Input: "b.md", Errors: []string{"b.md:2:1: error: unknown key"}, Warnings: []string{"b.md:9:1: warning: unused note"}}
	tests := []struct {
		name     string
		terminal bool
		quiet    bool
		want     []string // substrings, in order
		notWant  []string
	}{
		{name: "plain", want: []string{"built a.md -> dist/a.pdf (2 pages, 2 KB, 5 ms)\n", "b.md:2:1: error: unknown key\n", "b.md:9:1: warning: unused note\n", "failed b.md (1 error)\n", "built 1, failed 1, skipped 0 in 0.0 s\n"}, notWant: []string{"\r"}},
		{name: "quiet keeps diagnostics", quiet: true, want: []string{"b.md:2:1: error: unknown key\n"}, notWant: []string{"built a.md", "built 1, failed 1"}},
		{name: "terminal redraws one line", terminal: true, want: []string{"\r\x1b[K[0/2] 0 failed  a.md", "\r\x1b[K", "b.md:2:1: error: unknown key\n", "[2/2] 1 failed", "built 1, failed 1"}, notWant: []string{"built a.md ->"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			clock := time.Unix(0, 0)
			p := &Reporter{W: &buf, Terminal: tt.terminal, Quiet: tt.quiet, Now: func() time.Time { clock = clock.Add(time.Second); return clock }}
			p.Start(2)
			p.Begin(Brief{Path: "a.md"})
			p.Done(ok)
			p.Begin(Brief{Path: "b.md"})
			p.Done(bad)
			p.Finish(Summary{Built: 1, Failed: 1})
			out := buf.String()
			rest := out
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks %q (in order):\n%q", w, out)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output contains %q:\n%q", w, out)
				}
			}
		})
	}
}

func TestReporterThrottles(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := &Reporter{W: &buf, Terminal: true, Now: func() time.Time { return clock }} // the clock never moves
	p.Start(50)
	for range 49 {
		p.Begin(Brief{Path: "x.md"})
	}
	if n := strings.Count(buf.String(), "\r\x1b[K["); n != 1 {
		t.Errorf("%d redraws within 100 ms, want 1", n)
	}
}
