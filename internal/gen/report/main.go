package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

// run parses the flags, composes the brief and writes it to -out (or to
// stdout when -out is "-").
func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "-", "output `file`, - for stdout")
	bench := fs.Bool("bench", false, "write the 3,500-word benchmark brief instead of the long report")
	words := fs.Int("words", 0, "scale the long report to about `N` words (notes scale with it)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg := longConfig()
	if *bench {
		cfg = benchConfig()
	}
	if *words > 0 {
		cfg = scaled(cfg, *words)
	}
	data := compose(cfg)
	if *out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}
