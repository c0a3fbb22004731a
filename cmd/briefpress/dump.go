package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/briefpress/briefpress/briefs"
)

// newCmdDump is the hidden `dump FILE`: the document model as JSON, for
// debugging the parser.
func newCmdDump(e *env) *cli.Command {
	return &cli.Command{
		Name:      "dump",
		Usage:     "print a brief's document model as JSON",
		ArgsUsage: "FILE",
		Hidden:    true,
		Flags:     []cli.Flag{&cli.StringFlag{Name: "root", Value: ".", Usage: "build root `DIR`"}},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErrorf("dump: want exactly one FILE")
			}
			cfg, err := newPipeline(e, pipelineOptions{Formats: "pdf", Root: c.String("root")})
			if err != nil {
				return err
			}
			defer cfg.Root.Close()
			doc, diags := briefs.Load(c.Args().First(), cfg.LoadOptions())
			for _, d := range diags {
				fmt.Fprintln(e.stderr, d.String())
			}
			if doc == nil {
				return failed()
			}
			data, err := briefs.DumpJSON(doc)
			if err != nil {
				return ioError(err)
			}
			fmt.Fprintf(e.stdout, "%s\n", data)
			if diags.HasErrors() {
				return failed()
			}
			return nil
		},
	}
}
