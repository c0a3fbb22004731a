package fonts

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"

	gotext "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
)

// maxFontFile bounds the size of a brand font file.
const maxFontFile = 64 << 20

// AddFile adds a brand font from its file contents: a .ttf, .otf, or the
// first face of a .ttc collection. Family, bold and italic come from the
// font's name and OS/2 tables. Adding the same bytes twice returns the font
// added first. The Name is the font's family (PDF-safe ASCII) plus a
// content hash; path is only used in messages and when the font has no
// family name; nothing is read from disk. Safe for concurrent
// use.
func (r *Registry) AddFile(path string, data []byte) (*Font, error) {
	return r.AddFileIndex(path, data, 0)
}

// AddFileIndex is AddFile for face index of a font collection (.ttc).
func (r *Registry) AddFileIndex(path string, data []byte, index int) (*Font, error) {
	if len(data) > maxFontFile {
		return nil, fmt.Errorf("font %s: file of %d bytes exceeds the %d-byte limit", path, len(data), maxFontFile)
	}
	sum := sha256.Sum256(data)
	key := fmt.Sprintf("%x#%d", sum, index)

	r.mu.RLock()
	f := r.byHash[key]
	r.mu.RUnlock()
	if f != nil {
		return f, nil
	}
	if r.parent != nil { // a view: parse through the process registry
		f, err := r.parent.AddFileIndex(path, data, index)
		if err != nil {
			return nil, err
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if prev := r.byHash[key]; prev != nil {
			return prev, nil
		}
		r.byHash[key] = f
		r.fonts = append(r.fonts, f)
		return f, nil
	}

	desc, err := describeFile(data, index)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	// The name comes from the font itself (its family) and its bytes, not
	// from the path: the same file added under two names must get the same
	// name whichever brief of a batch added it first, or outputs would
	// depend on build order.
	stem := strings.Map(func(r rune) rune {
		if r < '!' || r > '~' || strings.ContainsRune("()<>[]{}/%#", r) {
			return -1
		}
		return r
	}, desc.Family)
	if stem == "" {
		stem = "BrandFont"
	}
	name := stem + "-" + hex.EncodeToString(sum[:4])
	if index > 0 {
		name = fmt.Sprintf("%s-%d", name, index)
	}
	own := append([]byte(nil), data...)
	f = &Font{
		name:   name,
		family: desc.Family,
		bold:   desc.Aspect.Weight >= gotext.WeightSemibold,
		italic: desc.Aspect.Style != gotext.StyleNormal,
		index:  index,
		load:   func() ([]byte, error) { return own, nil },
	}
	if f.family == "" {
		f.family = base
	}
	// Parse now: a brand font that does not parse is a build error the
	// user should see where the font is named, not later during layout.
	if _, err := f.Parsed(); err != nil {
		return nil, err
	}
	f.arabic = f.cov.count(0x627, 0x64A) > 30 // set before f is shared

	r.mu.Lock()
	defer r.mu.Unlock()
	if prev := r.byHash[key]; prev != nil { // lost a race with the same bytes
		return prev, nil
	}
	r.byHash[key] = f
	r.fonts = append(r.fonts, f)
	return f, nil
}

// describeFile reads family and aspect from the name and OS/2 tables.
func describeFile(data []byte, index int) (gotext.Description, error) {
	lds, err := ot.NewLoaders(bytes.NewReader(data))
	if err != nil {
		return gotext.Description{}, err
	}
	if index < 0 || index >= len(lds) {
		return gotext.Description{}, fmt.Errorf("file has %d faces, no face %d", len(lds), index)
	}
	desc, _ := gotext.Describe(lds[index], nil)
	return desc, nil
}
