package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/briefpress/briefpress/fonts"
)

func newCmdFonts(e *env) *cli.Command {
	return &cli.Command{
		Name:  "fonts",
		Usage: "list the built-in font families and the scripts they cover",
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("fonts takes no arguments")
			}
			return runFonts(e)
		},
	}
}

func runFonts(e *env) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FAMILY\tSTYLES\tSCRIPTS")
	var bad error
	for _, f := range fonts.NewRegistry().Describe() {
		if f.Err != nil {
			bad = fmt.Errorf("font family %s: %w", f.Family, f.Err)
			continue
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Family, strings.Join(f.Styles, ", "), strings.Join(f.Scripts, ", "))
	}
	if err := tw.Flush(); err != nil {
		return ioError(err)
	}
	fmt.Fprintln(e.stdout, "\nA brand can add others: fonts: {body: path/to/font.ttf} (see docs/guide.md).")
	if bad != nil {
		return ioError(bad)
	}
	return nil
}
