package build

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/briefpress/briefpress/internal/atomicfile"
)

// ManifestName is the incremental-build manifest kept in the output
// directory.
const ManifestName = ".briefpress-cache.json"

// manifestVersion changes when the manifest layout does; an old manifest
// is then ignored (every brief rebuilds once).
const manifestVersion = 1

// manifest records, per brief path, what the last successful build read
// and wrote.
type manifest struct {
	Version int               `json:"version"`
	Entries map[string]*entry `json:"entries"`
}

// entry is one brief's record: the cache key (version and output-affecting
// flags), every input file with its hash (the brief first), and the outputs.
type entry struct {
	Key     string       `json:"key"`
	Inputs  []Input      `json:"inputs"`
	Outputs []OutputFile `json:"outputs"`
}

// cache is the manifest in memory, safe for concurrent use.
type cache struct {
	path string
	mu   sync.Mutex
	m    manifest
}

// loadCache reads the manifest in dir; a missing, unreadable or outdated
// manifest gives an empty cache (everything rebuilds).
func loadCache(dir string) *cache {
	c := &cache{path: filepath.Join(dir, ManifestName)}
	data, err := os.ReadFile(c.path)
	if err == nil && json.Unmarshal(data, &c.m) == nil && c.m.Version == manifestVersion && c.m.Entries != nil {
		return c
	}
	c.m = manifest{Version: manifestVersion, Entries: map[string]*entry{}}
	return c
}

// fresh returns the recorded outputs of brief when its last build used the
// same key, every recorded input still hashes the same, the formats match
// and every output still exists with its recorded size.
func (c *cache) fresh(brief, key string, formats []string) ([]OutputFile, bool) {
	c.mu.Lock()
	e := c.m.Entries[filepath.ToSlash(filepath.Clean(brief))]
	c.mu.Unlock()
	if e == nil || e.Key != key || len(e.Outputs) != len(formats) {
		return nil, false
	}
	for i, o := range e.Outputs {
		if o.Format != formats[i] {
			return nil, false
		}
		info, err := os.Stat(o.Path)
		if err != nil || info.Size() != o.Bytes {
			return nil, false
		}
	}
	for _, in := range e.Inputs {
		h, err := hashFile(in.Path)
		if err != nil || h != in.SHA256 {
			return nil, false
		}
	}
	return slices.Clone(e.Outputs), true
}

// record stores a successful build; forget drops a failed one.
func (c *cache) record(brief string, e *entry) {
	c.mu.Lock()
	c.m.Entries[filepath.ToSlash(filepath.Clean(brief))] = e
	c.mu.Unlock()
}

func (c *cache) forget(brief string) {
	c.mu.Lock()
	delete(c.m.Entries, filepath.ToSlash(filepath.Clean(brief)))
	c.mu.Unlock()
}

// save writes the manifest atomically (encoding/json sorts map keys, so the
// bytes are deterministic).
func (c *cache) save() error {
	c.mu.Lock()
	data, err := json.MarshalIndent(&c.m, "", "  ")
	c.mu.Unlock()
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(context.Background(), c.path, append(data, '\n'), 0o644)
}

// hashFile returns the hex SHA-256 of a file's content.
func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Dependents reads the manifest in outDir and returns, for every recorded
// input file (briefs included), the briefs whose last build read it: the
// reverse map watch uses to rebuild briefs when a brand or image changes.
// Paths are cleaned; a missing manifest gives an empty map.
func Dependents(outDir string) map[string][]string {
	c := loadCache(outDir)
	deps := map[string][]string{}
	for brief, e := range c.m.Entries {
		for _, in := range e.Inputs {
			p := filepath.Clean(filepath.FromSlash(in.Path))
			deps[p] = append(deps[p], filepath.FromSlash(brief))
		}
	}
	for _, bs := range deps {
		slices.Sort(bs)
	}
	return deps
}
