package build

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Brief is one brief found by Discover.
type Brief struct {
	// Path is the brief's file path, as found (relative to the current
	// directory when the argument was relative).
	Path string
	// Rel is the output path relative to the output directory, without an
	// extension: the base name for a file argument, the path below the
	// directory argument for briefs found in a directory.
	Rel string
}

// Discover returns the briefs named by paths: a file is taken as it is; a
// directory is searched recursively for *.md files whose first line is
// "---" (front matter), skipping hidden directories, dist/ and
// node_modules/. The result is sorted by Path and has no duplicates. Two
// briefs whose outputs would collide (same Rel) are an error.
func Discover(paths []string) ([]Brief, error) {
	seen := map[string]bool{}
	var out []Brief
	add := func(b Brief) {
		key := filepath.Clean(b.Path)
		if !seen[key] {
			seen[key] = true
			out = append(out, b)
		}
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			add(Brief{Path: p, Rel: strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != p && skipDir(d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || filepath.Ext(path) != ".md" {
				return nil
			}
			ok, err := hasFrontMatter(path)
			if err != nil || !ok {
				return err
			}
			rel, err := filepath.Rel(p, path)
			if err != nil {
				return err
			}
			add(Brief{Path: path, Rel: strings.TrimSuffix(rel, ".md")})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	byRel := map[string]string{}
	for _, b := range out {
		if other, ok := byRel[b.Rel]; ok {
			return nil, fmt.Errorf("%s and %s would both build %s.*: build them into different -o directories", other, b.Path, b.Rel)
		}
		byRel[b.Rel] = b.Path
	}
	return out, nil
}

// skipDir reports whether a directory is never searched for briefs.
func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || name == "dist" || name == "node_modules"
}

// hasFrontMatter reports whether the file's first line is "---".
func hasFrontMatter(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return false, err
	}
	line = strings.TrimPrefix(line, "\ufeff")
	return line == "---\n" || line == "---\r\n", nil
}
