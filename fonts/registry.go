package fonts

import (
	"fmt"
	"strings"
	"sync"
)

// Registry finds fonts by family and style. The built-in families are always
// present; brand fonts are added with AddFile. A Registry is safe for
// concurrent use; share one per process so every font is parsed only once.
type Registry struct {
	mu     sync.RWMutex
	fonts  []*Font
	byHash map[string]*Font // brand fonts by content hash (and face index)
	// parent is the process registry of a View: it parses and dedups the
	// font files the view adds; nil for a registry made by NewRegistry.
	parent *Registry
}

// View returns a registry for one brief: it starts with the built-in fonts
// only, and fonts added to it with AddFile are added through r (so each
// file is parsed once per process) but seen by this view alone. Family
// lookups, coverage and fallback in a view therefore depend only on the
// built-in fonts and the brief's own brand fonts, never on which other
// briefs a batch built before. Views share every Font with r.
func (r *Registry) View() *Registry {
	root := r
	for root.parent != nil {
		root = root.parent
	}
	root.mu.RLock()
	builtins := append([]*Font(nil), root.fonts[:len(builtinFaces)]...)
	root.mu.RUnlock()
	return &Registry{fonts: builtins, byHash: map[string]*Font{}, parent: root}
}

// NewRegistry returns a registry holding the built-in fonts (not yet parsed).
func NewRegistry() *Registry {
	r := &Registry{byHash: map[string]*Font{}}
	for _, b := range builtinFaces {
		r.fonts = append(r.fonts, newBuiltin(b))
	}
	return r
}

// Font returns the face of family with the given style. A missing bold or
// italic face falls back to the nearest face of the same family (bold to
// regular, bold-italic to bold, italic to regular).
func (r *Registry) Font(family string, bold, italic bool) (*Font, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
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

// Fonts returns every font in the registry, built-in ones first, then brand
// fonts in the order they were added. The slice is a copy.
func (r *Registry) Fonts() []*Font {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return append([]*Font(nil), r.fonts...)
}

// Covers reports whether some font in the registry has a glyph for c.
// Ignorable characters (controls, ZWJ/ZWNJ, bidi marks, variation
// selectors, whitespace) are always covered. Fonts that are already parsed
// are asked first, so a covered character parses no further font.
func (r *Registry) Covers(c rune) bool {
	if Ignorable(c) {
		return true
	}
	r.mu.RLock()
	defer r.mu.RUnlock()
	all := r.fonts
	for _, f := range all {
		if f.IsParsed() && f.HasRune(c) {
			return true
		}
	}
	// Unparsed fonts made for c's script first (Arabic letters try the
	// Arabic families before parsing Noto Sans), then the rest.
	arabic := IsArabic(c)
	for pass := range 2 {
		for _, f := range all {
			if (f.arabic == arabic) == (pass == 0) && !f.IsParsed() && f.HasRune(c) {
				return true
			}
		}
	}
	return false
}

// IsArabic reports whether r is in one of the Arabic blocks (letters,
// Arabic-Indic digits, Arabic punctuation, presentation forms): the
// characters that go to a paragraph's Arabic family.
func IsArabic(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F,
		r >= 0x0870 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF,
		r >= 0xFE70 && r <= 0xFEFF:
		return true
	}
	return false
}

// Fallback returns the first font that has a glyph for c, preferring, in
// order, the fonts in prefer, then fonts of the same style in registry
// order, then any font. It returns nil when no font covers c. The result
// depends only on the registry's contents, never on which fonts happen to
// be parsed already.
func (r *Registry) Fallback(c rune, bold, italic bool, prefer ...*Font) *Font {
	for _, f := range prefer {
		if f != nil && f.HasRune(c) {
			return f
		}
	}
	all := r.Fonts()
	for _, f := range all {
		if f.bold == bold && f.italic == italic && f.HasRune(c) {
			return f
		}
	}
	for _, f := range all {
		if f.HasRune(c) {
			return f
		}
	}
	return nil
}
