package main

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/urfave/cli/v2"

	"github.com/briefpress/briefpress/internal/build"
	"github.com/briefpress/briefpress/internal/build/pipeline"
)

// watchDebounce is how long watch waits after the last file event before
// rebuilding: editors write a file in several steps.
const watchDebounce = 100 * time.Millisecond

// watchOptions are the flags and arguments of `briefpress watch`.
type watchOptions struct {
	pipelineOptions
	Paths []string
	Out   string
	Jobs  int
	Quiet bool
	Force bool // rebuild everything once at the start
}

func newCmdWatch(e *env, runF func(context.Context, *watchOptions) error) *cli.Command {
	if runF == nil {
		runF = func(ctx context.Context, o *watchOptions) error { return runWatch(ctx, e, o) }
	}
	return &cli.Command{
		Name:      "watch",
		Usage:     "build, then rebuild briefs when they, their brand or their images change (Ctrl-C stops)",
		ArgsUsage: "PATH...",
		Flags:     append(outputFlags(), pipelineFlags(true)...),
		Action: func(c *cli.Context) error {
			ps, err := paths(c, "PATH (a brief or a directory)")
			if err != nil {
				return err
			}
			return runF(c.Context, &watchOptions{
				pipelineOptions: pipelineOptions{Formats: c.String("format"), Brand: c.String("brand"), Root: c.String("root")},
				Paths:           ps, Out: c.String("out"), Jobs: c.Int("jobs"), Quiet: c.Bool("quiet"), Force: c.Bool("force"),
			})
		},
	}
}

// absPath is the comparable form of a path (file events, manifest inputs
// and brief paths may be relative or absolute).
func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// watcher is the state of one watch session.
type watcher struct {
	e      *env
	o      *watchOptions
	cfg    *pipeline.Config
	fsw    *fsnotify.Watcher
	outAbs string
	dirs   map[string]bool // watched directories (absolute)
}

func runWatch(ctx context.Context, e *env, o *watchOptions) error {
	e.quietSignal = true
	if o.Jobs < 1 {
		return usageErrorf("-j %d: want at least 1", o.Jobs)
	}
	if _, err := parseFormats(o.Formats); err != nil {
		return err
	}
	if _, err := discover(o.Paths); err != nil {
		return err
	}
	cfg, err := newPipeline(e, o.pipelineOptions)
	if err != nil {
		return err
	}
	defer cfg.Root.Close()
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return ioError(err)
	}
	defer fsw.Close()
	w := &watcher{e: e, o: o, cfg: cfg, fsw: fsw, outAbs: absPath(o.Out), dirs: map[string]bool{}}

	if err := w.rebuild(ctx, nil); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "watching for changes; Ctrl-C stops")
	pending := map[string]bool{}
	var fire <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-fsw.Events:
			if !ok {
				return nil
			}
			p := absPath(ev.Name)
			if p == w.outAbs || strings.HasPrefix(p, w.outAbs+string(filepath.Separator)) {
				continue
			}
			pending[p] = true
			fire = time.After(watchDebounce)
		case err, ok := <-fsw.Errors:
			if ok {
				fmt.Fprintf(e.stderr, "briefpress: watch: %v\n", err)
			}
		case <-fire:
			fire = nil
			changed := pending
			pending = map[string]bool{}
			if err := w.rebuild(ctx, changed); err != nil {
				return err
			}
		}
	}
}

// rebuild finds the briefs again, builds those affected by changed (all of
// them when changed is nil; unchanged inputs are skipped by the cache), and
// watches every directory holding a brief or an input. Brief failures are
// printed and watching goes on; only I/O errors on the output directory end
// it.
func (w *watcher) rebuild(ctx context.Context, changed map[string]bool) error {
	all, err := discover(w.o.Paths)
	if err != nil {
		fmt.Fprintf(w.e.stderr, "briefpress: %v\n", err)
		return nil
	}
	deps := build.Dependents(w.o.Out)
	targets := all
	if changed != nil {
		want := map[string]bool{}
		for p := range changed {
			want[p] = true
			for in, briefs := range deps {
				if absPath(in) == p {
					for _, b := range briefs {
						want[absPath(b)] = true
					}
				}
			}
		}
		targets = nil
		for _, b := range all {
			if want[absPath(b.Path)] {
				targets = append(targets, b)
			}
		}
	}
	if len(targets) > 0 {
		_, err = build.Run(ctx, build.Config{
			OutDir:   w.o.Out,
			Formats:  w.cfg.Formats,
			Jobs:     w.o.Jobs,
			Key:      cacheKey(w.cfg, w.o.pipelineOptions),
			Force:    changed == nil && w.o.Force,
			Compile:  w.cfg.Compile,
			Progress: &build.Reporter{W: w.e.stderr, Terminal: w.e.terminal, Quiet: w.o.Quiet, Now: w.e.now},
			Now:      w.e.now,
		}, targets)
		if err != nil {
			return ioError(err)
		}
	}
	// Watch the brief trees and the directories of every input.
	for _, p := range w.o.Paths {
		w.watchTree(p)
	}
	for in := range build.Dependents(w.o.Out) {
		w.watchDir(filepath.Dir(in))
	}
	return nil
}

// watchTree watches p's directory tree (or, for a file, its directory),
// skipping the directories Discover skips and the output directory.
func (w *watcher) watchTree(p string) {
	_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if !d.IsDir() {
			if path == p {
				w.watchDir(filepath.Dir(p))
			}
			return nil
		}
		name := d.Name()
		if path != p && (strings.HasPrefix(name, ".") || name == "dist" || name == "node_modules") || absPath(path) == w.outAbs {
			return filepath.SkipDir
		}
		w.watchDir(path)
		return nil
	})
}

// watchDir adds one directory to the watcher once.
func (w *watcher) watchDir(dir string) {
	a := absPath(dir)
	if w.dirs[a] || a == w.outAbs {
		return
	}
	if err := w.fsw.Add(a); err != nil {
		fmt.Fprintf(w.e.stderr, "briefpress: watch %s: %v\n", dir, err)
		return
	}
	w.dirs[a] = true
}
