package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/briefpress/briefpress/internal/build"
)

// buildOptions are the flags and arguments of `briefpress build`.
type buildOptions struct {
	pipelineOptions
	Paths []string
	Out   string
	Jobs  int
	JSON  bool
	Quiet bool
	Force bool
	Shard string
}

// pipelineFlags are the flags build and watch share with check.
func pipelineFlags(withFormat bool) []cli.Flag {
	fl := []cli.Flag{
		&cli.StringFlag{Name: "brand", Usage: "brand `FILE` for every brief, overriding their own"},
		&cli.StringFlag{Name: "root", Value: ".", Usage: "build root `DIR` that asset paths may not leave"},
	}
	if withFormat {
		fl = append(fl, &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "pdf,epub", Usage: "output formats: pdf, epub or pdf,epub"})
	}
	return fl
}

// outputFlags are the flags build and watch share.
func outputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "dist", Usage: "output `DIR`"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "parallel builds"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress lines, only diagnostics"},
		&cli.BoolFlag{Name: "force", Usage: "rebuild briefs whose inputs are unchanged"},
	}
}

func newCmdBuild(e *env, runF func(context.Context, *buildOptions) error) *cli.Command {
	if runF == nil {
		runF = func(ctx context.Context, o *buildOptions) error { return runBuild(ctx, e, o) }
	}
	flags := append(outputFlags(), pipelineFlags(true)...)
	flags = append(flags,
		&cli.BoolFlag{Name: "json", Usage: "a JSON array on stdout, one object per brief"},
		&cli.StringFlag{Name: "shard", Usage: "build only shard `K/N` of the sorted briefs (1-based)"},
	)
	return &cli.Command{
		Name:      "build",
		Usage:     "build briefs into PDF and EPUB",
		ArgsUsage: "PATH...",
		Flags:     flags,
		Action: func(c *cli.Context) error {
			ps, err := paths(c, "PATH (a brief or a directory)")
			if err != nil {
				return err
			}
			o := &buildOptions{
				pipelineOptions: pipelineOptions{Formats: c.String("format"), Brand: c.String("brand"), Root: c.String("root")},
				Paths:           ps, Out: c.String("out"), Jobs: c.Int("jobs"),
				JSON: c.Bool("json"), Quiet: c.Bool("quiet"), Force: c.Bool("force"), Shard: c.String("shard"),
			}
			return runF(c.Context, o)
		},
	}
}

// discover finds the briefs of paths; a missing path is wrong usage.
func discover(paths []string) ([]build.Brief, error) {
	bs, err := build.Discover(paths)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErrorf("%v", err)
	case err != nil:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, ioError(err)
		}
		return nil, usageErrorf("%v", err) // colliding output names
	}
	return bs, nil
}

func runBuild(ctx context.Context, e *env, o *buildOptions) error {
	if o.Jobs < 1 {
		return usageErrorf("-j %d: want at least 1", o.Jobs)
	}
	var spec build.ShardSpec
	if o.Shard != "" {
		s, err := build.ParseShard(o.Shard)
		if err != nil {
			return usageErrorf("%v", err)
		}
		spec = s
	}
	if _, err := parseFormats(o.Formats); err != nil {
		return err
	}
	briefs, err := discover(o.Paths)
	if err != nil {
		return err
	}
	briefs = build.Shard(briefs, spec)
	cfg, err := newPipeline(e, o.pipelineOptions)
	if err != nil {
		return err
	}
	defer cfg.Root.Close()
	s, err := build.Run(ctx, build.Config{
		OutDir:   o.Out,
		Formats:  cfg.Formats,
		Jobs:     o.Jobs,
		Key:      cacheKey(cfg, o.pipelineOptions),
		Force:    o.Force,
		Compile:  cfg.Compile,
		Progress: &build.Reporter{W: e.stderr, Terminal: e.terminal, Quiet: o.Quiet, Now: e.now},
		Now:      e.now,
	}, briefs)
	if o.JSON && s.Results != nil {
		if jerr := writeJSON(e, s.Results); jerr != nil && err == nil {
			err = jerr
		}
	} else if o.JSON {
		fmt.Fprintln(e.stdout, "[]")
	}
	switch {
	case err != nil:
		return ioError(err)
	case s.IOError:
		return &exitError{code: exitIO}
	case s.Failed > 0:
		return failed()
	}
	return nil
}

// writeJSON prints the results as one indented JSON array.
func writeJSON(e *env, results []build.Result) error {
	data, err := json.MarshalIndent(results, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "%s\n", data)
	return err
}
