package epub

import (
	"fmt"
	"unicode"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
)

// This file decides which font files the EPUB embeds: only the faces the
// text actually uses, by role (Latin or Arabic, body or heading) and style.

// Built-in families of the neutral brand (the same as layout's).
const (
	familySerif = "Noto Serif"
	familySans  = "Noto Sans"
	familyNaskh = "Noto Naskh Arabic"
	familyKufi  = "Noto Kufi Arabic"
)

// Font roles.
const (
	roleBody = iota
	roleHeading
	roleArabicBody
	roleArabicHeading
	numRoles
)

// fontUse records the (role, bold, italic) faces text has used.
type fontUse struct {
	used [numRoles * 4]bool // index: role*4 + bold*2 + italic
	// rtl is set for RTL briefs, whose style sheet puts the Arabic family
	// first: digits and punctuation are then drawn with the Arabic face.
	rtl bool
}

// text records the faces needed to draw s in style st: Arabic letters need
// the Arabic role, other letters the Latin one, digits and punctuation the
// first family of the style sheet's stack; spaces need no face.
func (u *fontUse) text(s string, st style) {
	var latin, arabic bool
	for _, r := range s {
		switch {
		case fonts.IsArabic(r):
			arabic = true
		case unicode.IsLetter(r):
			latin = true
		case unicode.IsSpace(r):
		case u.rtl:
			arabic = true
		default:
			latin = true
		}
		if latin && arabic {
			break
		}
	}
	idx := 0
	if st.bold {
		idx += 2
	}
	if st.italic {
		idx++
	}
	if latin {
		u.used[roleOf(false, st.heading)*4+idx] = true
	}
	if arabic {
		u.used[roleOf(true, st.heading)*4+idx] = true
	}
}

func roleOf(arabic, heading bool) int {
	switch {
	case arabic && heading:
		return roleArabicHeading
	case arabic:
		return roleArabicBody
	case heading:
		return roleHeading
	}
	return roleBody
}

// embeddedFont is one font file to embed, and how CSS names it.
type embeddedFont struct {
	font   *fonts.Font
	family string // CSS font-family
	file   string // file name under fonts/
	ext    string
}

// families resolves the brand's four font roles to registry families,
// adding brand font files to the registry (a file that does not parse is
// an error: the brand names it, the user must hear of it). An empty or
// unknown family falls back to the built-in default, as in layout.
func families(reg *fonts.Registry, brand *briefs.Brand) ([numRoles]string, error) {
	defs := [numRoles]string{familySerif, familySans, familyNaskh, familyKufi}
	if brand == nil {
		return defs, nil
	}
	refs := [numRoles]briefs.FontRef{brand.Fonts.Body, brand.Fonts.Heading, brand.Fonts.ArabicBody, brand.Fonts.ArabicHeading}
	out := defs
	for i, ref := range refs {
		switch {
		case ref.File != nil:
			f, err := reg.AddFile(ref.File.Path, ref.File.Data)
			if err != nil {
				return out, fmt.Errorf("epub: brand font: %w", err)
			}
			out[i] = f.Family()
		case ref.Family != "":
			if _, err := reg.Font(ref.Family, false, false); err == nil {
				out[i] = ref.Family
			}
		}
	}
	return out, nil
}

// usedFonts lists the font files to embed for the recorded use, in a fixed
// order (role, then bold, then italic), each file once. A face missing from
// a family (Naskh has no italic) maps to the nearest face; the reading
// system synthesises the style.
func usedFonts(reg *fonts.Registry, fam [numRoles]string, use fontUse) ([]embeddedFont, error) {
	var out []embeddedFont
	seen := map[string]bool{}
	for i, used := range use.used {
		if !used {
			continue
		}
		role, bold, italic := i/4, i&2 != 0, i&1 != 0
		f, err := reg.Font(fam[role], bold, italic)
		if err != nil {
			return nil, fmt.Errorf("epub: %w", err)
		}
		if seen[f.Name()] {
			continue
		}
		seen[f.Name()] = true
		ext := "ttf"
		if data, err := f.Data(); err == nil && len(data) >= 4 && string(data[:4]) == "OTTO" {
			ext = "otf"
		}
		if data, err := f.Data(); err == nil && len(data) >= 4 && string(data[:4]) == "ttcf" {
			continue // collections are not an EPUB core media type; the CSS falls back
		}
		out = append(out, embeddedFont{font: f, family: f.Family(), file: f.Name() + "." + ext, ext: ext})
	}
	return out, nil
}
