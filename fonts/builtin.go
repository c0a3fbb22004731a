package fonts

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed files/*.ttf
var files embed.FS

// builtinFace describes one embedded font file.
type builtinFace struct {
	file   string
	family string
	bold   bool
	italic bool
}

// builtinFaces lists the embedded faces. Order is the listing order of
// `briefpress fonts`.
var builtinFaces = []builtinFace{
	{"NotoSerif-Regular", "Noto Serif", false, false},
	{"NotoSerif-Bold", "Noto Serif", true, false},
	{"NotoSerif-Italic", "Noto Serif", false, true},
	{"NotoSerif-BoldItalic", "Noto Serif", true, true},
	{"NotoSans-Regular", "Noto Sans", false, false},
	{"NotoSans-Bold", "Noto Sans", true, false},
	{"NotoSans-Italic", "Noto Sans", false, true},
	{"NotoSans-BoldItalic", "Noto Sans", true, true},
	{"NotoNaskhArabic-Regular", "Noto Naskh Arabic", false, false},
	{"NotoNaskhArabic-Bold", "Noto Naskh Arabic", true, false},
	{"NotoKufiArabic-Regular", "Noto Kufi Arabic", false, false},
	{"NotoKufiArabic-Bold", "Noto Kufi Arabic", true, false},
}

func newBuiltin(b builtinFace) *Font {
	return &Font{
		name: b.file, family: b.family, bold: b.bold, italic: b.italic,
		load: func() ([]byte, error) { return files.ReadFile("files/" + b.file + ".ttf") },
	}
}

// Registry finds fonts by family and style. The built-in families are always
// present; brand fonts are added with Add. A Registry is safe for concurrent
// use once built; share one per process so every font is parsed only once.
type Registry struct {
	fonts []*Font
}

// NewRegistry returns a registry holding the built-in fonts (not yet parsed).
func NewRegistry() *Registry {
	r := &Registry{}
	for _, b := range builtinFaces {
		r.fonts = append(r.fonts, newBuiltin(b))
	}
	return r
}

// Font returns the face of family with the given style. A missing bold or
// italic face falls back to the nearest face of the same family (bold to
// regular, bold-italic to bold, italic to regular).
func (r *Registry) Font(family string, bold, italic bool) (*Font, error) {
	var best *Font
	bestScore := -1
	for _, f := range r.fonts {
		if !strings.EqualFold(f.family, family) {
			continue
		}
		score := 0
		if f.bold == bold {
			score += 2
		}
		if f.italic == italic {
			score++
		}
		if score > bestScore {
			best, bestScore = f, score
		}
	}
	if best == nil {
		return nil, fmt.Errorf("no font family %q", family)
	}
	return best, nil
}

// Fonts returns every font in the registry, built-in ones first.
func (r *Registry) Fonts() []*Font { return r.fonts }
