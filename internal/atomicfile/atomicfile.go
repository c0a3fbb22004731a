package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// tmpInfix separates the target name from os.CreateTemp's random suffix.
const tmpInfix = ".tmp-"

// WriteFile writes data to path atomically with permissions perm: a
// temporary file in path's directory is written, synced, closed and renamed
// over path. If ctx is cancelled before the rename, or any step fails, the
// temporary file is removed and path keeps its previous content.
func WriteFile(ctx context.Context, path string, data []byte, perm fs.FileMode) (err error) {
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+name+tmpInfix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = ctx.Err(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename durable where the platform allows it; failures
// are ignored because some file systems refuse to sync directories.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	_ = d.Close()
}

// IsTemp reports whether name (a base name) looks like a temporary file
// made by WriteFile.
func IsTemp(name string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, tmpInfix)
}

// CleanStale removes, recursively under dir, the temporary files that an
// interrupted WriteFile left behind, and returns how many it removed. A
// missing dir is not an error.
func CleanStale(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && p == dir {
				return fs.SkipAll
			}
			return err
		}
		if d.Type().IsRegular() && IsTemp(d.Name()) {
			if err := os.Remove(p); err != nil {
				return fmt.Errorf("removing stale temporary file: %w", err)
			}
			n++
		}
		return nil
	})
	return n, err
}
