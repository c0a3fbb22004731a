package main

import (
	"context"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/briefpress/briefpress/briefs"
)

// checkOptions are the flags and arguments of `briefpress check`.
type checkOptions struct {
	pipelineOptions
	Paths []string
	Quiet bool
}

func newCmdCheck(e *env, runF func(context.Context, *checkOptions) error) *cli.Command {
	if runF == nil {
		runF = func(ctx context.Context, o *checkOptions) error { return runCheck(ctx, e, o) }
	}
	return &cli.Command{
		Name:      "check",
		Usage:     "validate briefs: print every diagnostic, write nothing",
		ArgsUsage: "PATH...",
		Flags: append(pipelineFlags(false),
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary line, only diagnostics"}),
		Action: func(c *cli.Context) error {
			ps, err := paths(c, "PATH (a brief or a directory)")
			if err != nil {
				return err
			}
			return runF(c.Context, &checkOptions{
				pipelineOptions: pipelineOptions{Formats: "pdf,epub", Brand: c.String("brand"), Root: c.String("root")},
				Paths:           ps, Quiet: c.Bool("quiet"),
			})
		},
	}
}

// runCheck loads and validates every brief (front matter, Markdown,
// references, notes, assets, character coverage, its brand file) and
// prints all diagnostics, sorted by position.
func runCheck(ctx context.Context, e *env, o *checkOptions) error {
	list, err := discover(o.Paths)
	if err != nil {
		return err
	}
	cfg, err := newPipeline(e, o.pipelineOptions)
	if err != nil {
		return err
	}
	defer cfg.Root.Close()
	bad, warnings := 0, 0
	for _, b := range list {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		_, diags := briefs.Load(b.Path, cfg.LoadOptions())
		diags.Sort()
		for _, d := range diags {
			fmt.Fprintln(e.stderr, d.String())
			if d.Severity == briefs.Warning {
				warnings++
			}
		}
		if diags.HasErrors() {
			bad++
		}
	}
	if !o.Quiet {
		fmt.Fprintf(e.stderr, "checked %d, failed %d, warnings %d\n", len(list), bad, warnings)
	}
	if bad > 0 {
		return failed()
	}
	return nil
}
