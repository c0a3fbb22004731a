package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at link time: go build -ldflags "-X main.version=1.2.3".
var version = "dev"

// shortVersion is the version for metadata (Producer): no VCS details, so
// that outputs do not change with every commit of a dev build.
func shortVersion() string { return version }

// fullVersion is the version plus the VCS revision, time and dirty flag
// that go build records, e.g. "dev (1a2b3c4d5e6f, 2026-11-25T02:00:00Z, modified)".
func fullVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return version
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return version
	}
	details := []string{rev[:min(12, len(rev))]}
	if when != "" {
		details = append(details, when)
	}
	if modified {
		details = append(details, "modified")
	}
	return fmt.Sprintf("%s (%s)", version, strings.Join(details, ", "))
}

func newCmdVersion(e *env) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version",
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageErrorf("version takes no arguments")
			}
			fmt.Fprintf(e.stdout, "briefpress %s\n", fullVersion())
			return nil
		},
	}
}
