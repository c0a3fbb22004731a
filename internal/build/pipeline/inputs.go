package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/internal/build"
)

// Inputs lists the files besides the brief that a build of doc with brand
// reads: the brand file, the logo, brand font files, the cover image and
// every figure (in the body, notes, abstract and the brand's about text).
// Asset paths are resolved against the directory of the file that names
// them. The hash is the one of the bytes the build used.
func Inputs(doc *briefs.Document, brand *briefs.Brand) []build.Input {
	var in []build.Input
	docDir := filepath.Dir(doc.File)
	add := func(dir string, a *briefs.Asset) {
		if a == nil || a.Path == "" {
			return
		}
		p := a.Path
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		h := a.Hash
		if h == "" {
			sum := sha256.Sum256(a.Data)
			h = hex.EncodeToString(sum[:])
		}
		in = append(in, build.Input{Path: p, SHA256: h})
	}
	if c := doc.Meta.Cover; c != nil {
		add(docDir, c.Image)
	}
	walkFigures(doc.Meta.Abstract, func(f *briefs.Figure) { add(docDir, f.Image) })
	walkFigures(doc.Blocks, func(f *briefs.Figure) { add(docDir, f.Image) })
	for _, n := range doc.Notes {
		walkFigures(n.Blocks, func(f *briefs.Figure) { add(docDir, f.Image) })
	}
	if brand != nil && brand.File != "" {
		brandDir := filepath.Dir(brand.File)
		if data, err := os.ReadFile(brand.File); err == nil {
			sum := sha256.Sum256(data)
			in = append(in, build.Input{Path: brand.File, SHA256: hex.EncodeToString(sum[:])})
		} else {
			// Record an impossible hash: the next build re-checks the brand.
			in = append(in, build.Input{Path: brand.File, SHA256: "unreadable"})
		}
		add(brandDir, brand.Logo)
		for _, f := range []briefs.FontRef{brand.Fonts.Body, brand.Fonts.Heading, brand.Fonts.ArabicBody, brand.Fonts.ArabicHeading} {
			add(brandDir, f.File)
		}
		walkFigures(brand.About, func(f *briefs.Figure) { add(brandDir, f.Image) })
	}
	return sortInputs(in)
}

// walkFigures calls fn for every figure in blocks, nested ones included.
func walkFigures(blocks []briefs.Block, fn func(*briefs.Figure)) {
	for _, b := range blocks {
		switch b := b.(type) {
		case *briefs.Figure:
			fn(b)
		case *briefs.Quote:
			walkFigures(b.Blocks, fn)
		case *briefs.List:
			for _, it := range b.Items {
				walkFigures(it.Blocks, fn)
			}
		}
	}
}
