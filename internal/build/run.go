package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/briefpress/briefpress/internal/atomicfile"
)

// Config controls a batch build.
type Config struct {
	OutDir  string   // output directory, created if missing
	Formats []string // output formats in order, e.g. ["pdf", "epub"]
	Jobs    int      // parallel builds; < 1 means 1
	// Key identifies everything besides input files that changes the output
	// (briefpress version, formats, --brand, SOURCE_DATE_EPOCH). A brief
	// built under another key is rebuilt.
	Key      string
	Force    bool // rebuild even when the recorded inputs are unchanged
	Compile  CompileFunc
	Progress Progress         // may be nil
	Now      func() time.Time // the clock for durations; nil means no timing
}

// Run builds briefs with cfg. Each brief fails or succeeds alone: its
// Result says which. The error return is for batch-level I/O problems (the
// output directory cannot be created, the manifest cannot be saved). When
// ctx is cancelled, builds in flight finish without writing, briefs not
// started are reported as failed with "interrupted", and no temporary file
// is left behind.
func Run(ctx context.Context, cfg Config, briefs []Brief) (Summary, error) {
	now := cfg.Now
	if now == nil {
		now = func() time.Time { return time.Time{} }
	}
	start := now()
	if err := os.MkdirAll(cfg.OutDir, 0o755); err != nil {
		return Summary{}, fmt.Errorf("creating output directory: %w", err)
	}
	if _, err := atomicfile.CleanStale(cfg.OutDir); err != nil {
		return Summary{}, err
	}
	prog := cfg.Progress
	if prog == nil {
		prog = nopProgress{}
	}
	c := loadCache(cfg.OutDir)
	prog.Start(len(briefs))

	results := make([]Result, len(briefs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(cfg.Jobs, len(briefs))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				b := briefs[i]
				if ctx.Err() != nil {
					results[i] = interrupted(b)
					prog.Done(results[i])
					continue
				}
				prog.Begin(b)
				t0 := now()
				r := buildOne(ctx, cfg, c, b)
				r.DurationMS = now().Sub(t0).Milliseconds()
				results[i] = r
				prog.Done(r)
			}
		}()
	}
	for i := range briefs {
		next <- i
	}
	close(next)
	wg.Wait()

	s := Summary{Results: results}
	for _, r := range results {
		switch {
		case r.Failed():
			s.Failed++
		case r.Skipped:
			s.Skipped++
		default:
			s.Built++
		}
		s.IOError = s.IOError || r.IOError
	}
	err := c.save()
	s.Wall = now().Sub(start)
	prog.Finish(s)
	if err != nil {
		return s, fmt.Errorf("saving build manifest: %w", err)
	}
	return s, nil
}

// interrupted is the result of a brief never started because the batch was
// cancelled.
func interrupted(b Brief) Result {
	return Result{Input: b.Path, Outputs: []OutputFile{}, Warnings: []string{},
		Errors: []string{b.Path + ": error: not built: interrupted"}, Interrupted: true}
}

// buildOne skips, or compiles and writes, one brief.
func buildOne(ctx context.Context, cfg Config, c *cache, b Brief) Result {
	r := Result{Input: b.Path, Outputs: []OutputFile{}, Warnings: []string{}, Errors: []string{}}
	if !cfg.Force {
		if outs, ok := c.fresh(b.Path, cfg.Key, cfg.Formats); ok {
			r.Outputs, r.Skipped = outs, true
			return r
		}
	}
	// Hash the brief before compiling: if it changes in between, the
	// recorded hash is the old one and the next run rebuilds.
	briefHash, err := hashFile(b.Path)
	if err != nil {
		c.forget(b.Path)
		r.Errors = append(r.Errors, b.Path+": error: "+err.Error())
		return r
	}
	p, err := cfg.Compile(ctx, b)
	r.Warnings = append(r.Warnings, p.Warnings...)
	r.Errors = append(r.Errors, p.Errors...)
	if err != nil {
		r.Errors = append(r.Errors, b.Path+": error: "+err.Error())
	}
	if r.Failed() {
		c.forget(b.Path)
		return r
	}
	for _, a := range p.Artifacts {
		path := filepath.Join(cfg.OutDir, b.Rel+"."+a.Format)
		err := os.MkdirAll(filepath.Dir(path), 0o755)
		if err == nil {
			err = atomicfile.WriteFile(ctx, path, a.Data, 0o644)
		}
		if err != nil {
			c.forget(b.Path)
			r.Errors = append(r.Errors, fmt.Sprintf("%s: error: writing %s: %v", b.Path, path, err))
			r.IOError = ctx.Err() == nil
			return r
		}
		r.Outputs = append(r.Outputs, OutputFile{Path: path, Format: a.Format, Bytes: int64(len(a.Data)), Pages: a.Pages})
	}
	inputs := append([]Input{{Path: b.Path, SHA256: briefHash}}, p.Inputs...)
	c.record(b.Path, &entry{Key: cfg.Key, Inputs: inputs, Outputs: r.Outputs})
	return r
}
