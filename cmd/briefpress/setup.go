package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/internal/build/pipeline"
)

// parseFormats parses -f: "pdf", "epub" or both, comma-separated, in the
// canonical order pdf, epub.
func parseFormats(s string) ([]string, error) {
	want := map[string]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f != "pdf" && f != "epub" {
			return nil, usageErrorf("-f %q: want pdf, epub or pdf,epub", s)
		}
		want[f] = true
	}
	var out []string
	for _, f := range []string{"pdf", "epub"} {
		if want[f] {
			out = append(out, f)
		}
	}
	return out, nil
}

// sourceDate reads SOURCE_DATE_EPOCH (seconds since 1970, UTC); unset or
// empty gives the zero time (each brief's own date is used).
func sourceDate(getenv func(string) string) (time.Time, error) {
	v := strings.TrimSpace(getenv("SOURCE_DATE_EPOCH"))
	if v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, usageErrorf("SOURCE_DATE_EPOCH=%q: want a non-negative number of seconds", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

// pipelineOptions are the flags shared by build, watch and check.
type pipelineOptions struct {
	Formats string
	Brand   string
	Root    string
}

// newPipeline opens the build root, makes the shared font registry and
// loads the --brand override. The caller closes the returned root.
// Diagnostics of a broken brand file are printed and make it fail.
func newPipeline(e *env, o pipelineOptions) (*pipeline.Config, error) {
	formats, err := parseFormats(o.Formats)
	if err != nil {
		return nil, err
	}
	date, err := sourceDate(e.getenv)
	if err != nil {
		return nil, err
	}
	rootDir := o.Root
	if rootDir == "" {
		rootDir = "."
	}
	absRoot, err := filepath.Abs(rootDir)
	if err != nil {
		return nil, ioError(err)
	}
	root, err := os.OpenRoot(absRoot)
	if err != nil {
		return nil, usageErrorf("--root: %v", err)
	}
	cfg := &pipeline.Config{
		Fonts:    fonts.NewRegistry(),
		Root:     root,
		RootDir:  absRoot, // briefs resolves asset paths against an absolute root
		Formats:  formats,
		Producer: "briefpress " + shortVersion(),
		Date:     date,
	}
	if o.Brand != "" {
		// briefs resolves a relative brand path against the build root; the
		// flag is relative to the working directory, so make it absolute
		// when the two differ.
		file := o.Brand
		if wd, err := os.Getwd(); err == nil && wd != absRoot && !filepath.IsAbs(file) {
			file = filepath.Join(wd, file)
		}
		brand, diags := briefs.LoadBrand(file, cfg.LoadOptions())
		for _, d := range diags {
			fmt.Fprintln(e.stderr, d.String())
		}
		if diags.HasErrors() || brand == nil {
			_ = root.Close()
			return nil, failed()
		}
		cfg.Brand = brand
	}
	return cfg, nil
}

// cacheKey is everything besides input files that changes the outputs.
func cacheKey(cfg *pipeline.Config, o pipelineOptions) string {
	date := ""
	if !cfg.Date.IsZero() {
		date = strconv.FormatInt(cfg.Date.Unix(), 10)
	}
	return strings.Join([]string{"briefpress " + fullVersion(), "formats=" + strings.Join(cfg.Formats, ","), "brand=" + o.Brand, "root=" + o.Root, "date=" + date}, "\n")
}
