package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"
)

//go:embed templates/brief.md
var briefTemplate string

// newOptions are the arguments of `briefpress new`.
type newOptions struct {
	Name string // NAME or NAME.md, possibly with a directory
}

func newCmdNew(e *env) *cli.Command {
	return &cli.Command{
		Name:      "new",
		Usage:     "scaffold NAME.md from a template (never overwrites)",
		ArgsUsage: "NAME",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageErrorf("new: want exactly one NAME")
			}
			return runNew(e, &newOptions{Name: c.Args().First()})
		},
	}
}

func runNew(e *env, o *newOptions) error {
	path := o.Name
	if filepath.Ext(path) != ".md" {
		path += ".md"
	}
	base := strings.TrimSuffix(filepath.Base(path), ".md")
	if base == "" || strings.HasPrefix(base, ".") {
		return usageErrorf("new: %q is not a usable brief name", o.Name)
	}
	title := strings.ReplaceAll(strings.ReplaceAll(base, "-", " "), "_", " ")
	title = strings.ToUpper(title[:1]) + title[1:]
	text := strings.Replace(briefTemplate, "{{TITLE}}", strings.ReplaceAll(title, `"`, `\"`), 1)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return usageErrorf("new: %s already exists; not overwriting it", path)
	}
	if err != nil {
		return ioError(err)
	}
	if _, err := f.WriteString(text); err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		return ioError(err)
	}
	if err := f.Close(); err != nil {
		return ioError(err)
	}
	fmt.Fprintf(e.stderr, "created %s; build it with: briefpress build %s\n", path, path)
	return nil
}
