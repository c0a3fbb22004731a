package build

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Progress receives the events of a batch. Begin and Done are called from
// the worker goroutines; implementations serialize them.
type Progress interface {
	Start(total int)  // before the first brief
	Begin(b Brief)    // a brief starts compiling (not called for interrupted ones)
	Done(r Result)    // a brief is finished: built, skipped or failed
	Finish(s Summary) // after the last brief
}

type nopProgress struct{}

func (nopProgress) Start(int)      {}
func (nopProgress) Begin(Brief)    {}
func (nopProgress) Done(Result)    {}
func (nopProgress) Finish(Summary) {}

// Reporter prints diagnostics and progress to a writer (stderr). On a
// terminal it keeps one live status line, redrawn with "\r" at most every
// 100 ms; otherwise it prints one line per brief. Diagnostics are always
// printed; Quiet drops the per-brief and summary lines.
type Reporter struct {
	W        io.Writer
	Terminal bool
	Quiet    bool
	Now      func() time.Time // for throttling the live line; nil disables it

	mu      sync.Mutex
	total   int
	done    int
	failed  int
	current string
	last    time.Time
	drawn   bool
}

// Start implements Progress.
func (p *Reporter) Start(total int) {
	p.mu.Lock()
	p.total = total
	p.mu.Unlock()
}

// Begin implements Progress.
func (p *Reporter) Begin(b Brief) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.current = b.Path
	p.redraw(false)
}

// Done implements Progress.
func (p *Reporter) Done(r Result) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if r.Failed() {
		p.failed++
	}
	if r.Interrupted {
		p.redraw(p.done == p.total)
		return
	}
	if len(r.Errors)+len(r.Warnings) > 0 {
		p.clear()
		for _, d := range inOrder(r.Warnings, r.Errors) {
			fmt.Fprintln(p.W, d)
		}
	}
	if !p.Quiet && !p.Terminal {
		fmt.Fprintln(p.W, Line(r))
	}
	p.redraw(p.done == p.total)
}

// Finish implements Progress.
func (p *Reporter) Finish(s Summary) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	if !p.Quiet {
		fmt.Fprintln(p.W, SummaryLine(s))
	}
}

// redraw rewrites the live line on a terminal, throttled unless force.
func (p *Reporter) redraw(force bool) {
	if !p.Terminal || p.Quiet {
		return
	}
	if p.Now != nil {
		t := p.Now()
		if !force && p.drawn && t.Sub(p.last) < 100*time.Millisecond {
			return
		}
		p.last = t
	}
	line := fmt.Sprintf("[%d/%d] %d failed  %s", p.done, p.total, p.failed, p.current)
	fmt.Fprintf(p.W, "\r\x1b[K%s", line)
	p.drawn = true
}

// clear erases the live line so that other output starts at column 0.
func (p *Reporter) clear() {
	if p.drawn {
		fmt.Fprint(p.W, "\r\x1b[K")
		p.drawn = false
	}
}

// Line is the one-line report of a brief, e.g.
// "built x.md -> dist/x.pdf, dist/x.epub (12 pages, 96 KB, 31 ms)".
func Line(r Result) string {
	switch {
	case r.Failed():
		return fmt.Sprintf("failed %s (%s)", r.Input, plural(len(r.Errors), "error"))
	case r.Skipped:
		return fmt.Sprintf("skipped %s (unchanged)", r.Input)
	}
	paths := make([]string, len(r.Outputs))
	for i, o := range r.Outputs {
		paths[i] = o.Path
	}
	detail := []string{}
	if n := r.Pages(); n > 0 {
		detail = append(detail, plural(n, "page"))
	}
	detail = append(detail, fmt.Sprintf("%d KB", (r.Bytes()+512)/1024), fmt.Sprintf("%d ms", r.DurationMS))
	return fmt.Sprintf("built %s -> %s (%s)", r.Input, strings.Join(paths, ", "), strings.Join(detail, ", "))
}

// SummaryLine is the final line of a batch, e.g.
// "built 99, failed 1, skipped 0 in 2.3 s".
func SummaryLine(s Summary) string {
	return fmt.Sprintf("built %d, failed %d, skipped %d in %.1f s", s.Built, s.Failed, s.Skipped, s.Wall.Seconds())
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
