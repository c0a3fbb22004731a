package layout

import (
	"fmt"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/fonts"
	"github.com/briefpress/briefpress/layout/frame"
	"github.com/briefpress/briefpress/layout/inline"
)

// Built-in families of the neutral brand.
const (
	familySerif  = "Noto Serif"
	familySans   = "Noto Sans"
	familyNaskh  = "Noto Naskh Arabic"
	familyKufi   = "Noto Kufi Arabic"
	familyMono   = "Noto Sans Mono"
	arabicScale  = 110 // Arabic body size in percent of the Latin size
	minBodySize  = 4
	noteSizePt   = 8.0
	noteLeadPt   = 10.5
	bodySizePt   = 10.5
	bodyLeadPt   = 14.0
	arabicLeadPt = 17.0
)

// theme is the resolved typography and colour of one Typeset call.
type theme struct {
	arabic  bool   // the document is Arabic-script: local digits, Arabic sizes
	lang    string // BCP 47 of the document
	base    inline.Direction
	colors  briefs.Colors
	body    inline.Style
	bodyLd  frame.Length
	note    inline.Style
	noteLd  frame.Length
	heading [5]inline.Style // index by level 1..4
	mono    inline.Style
	small   inline.Style // header, footer, captions
}

func col(c briefs.Color) frame.Color { return frame.Color{R: c.R, G: c.G, B: c.B} }

// family resolves a brand font role to a family name the registry knows:
// a brand font file is added to the registry; an empty or unknown role
// falls back to the built-in default.
func family(reg *fonts.Registry, ref briefs.FontRef, def string, warn *[]string) string {
	if ref.File != nil && reg != nil {
		f, err := reg.AddFile(ref.File.Path, ref.File.Data)
		if err == nil {
			return f.Family()
		}
		*warn = append(*warn, fmt.Sprintf("brand font %s: %v; using %s", ref.File.Path, err, def))
		return def
	}
	if ref.Family == "" {
		return def
	}
	if reg != nil {
		if _, err := reg.Font(ref.Family, false, false); err != nil {
			*warn = append(*warn, fmt.Sprintf("brand font family %q is not available; using %s", ref.Family, def))
			return def
		}
	}
	return ref.Family
}

func newTheme(doc *briefs.Document, brand *briefs.Brand, reg *fonts.Registry) theme {
	return newThemeWarn(doc, brand, reg, new([]string))
}

// newThemeWarn is newTheme that reports brand fonts it could not use.
func newThemeWarn(doc *briefs.Document, brand *briefs.Brand, reg *fonts.Registry, warn *[]string) theme {
	t := theme{lang: doc.Meta.Lang, base: inline.LTR}
	if t.lang == "" {
		t.lang = "en"
	}
	if doc.Dir == briefs.RTL {
		t.base = inline.RTL
	}
	t.arabic = isArabicLang(t.lang)
	t.colors = brand.Colors
	if t.colors == (briefs.Colors{}) {
		t.colors = briefs.DefaultBrand().Colors
	}
	bodyLatin := family(reg, brand.Fonts.Body, familySerif, warn)
	headLatin := family(reg, brand.Fonts.Heading, familySans, warn)
	bodyArabic := family(reg, brand.Fonts.ArabicBody, familyNaskh, warn)
	headArabic := family(reg, brand.Fonts.ArabicHeading, familyKufi, warn)
	size, lead := frame.Points(bodySizePt), frame.Points(bodyLeadPt)
	if t.arabic {
		size, lead = size*arabicScale/100, frame.Points(arabicLeadPt)
	}
	text := col(t.colors.Text)
	t.body = inline.Style{LatinFamily: bodyLatin, ArabicFamily: bodyArabic, Size: size, Color: text}
	t.bodyLd = lead
	t.note = t.body
	t.note.Size = frame.Points(noteSizePt) * sizeScale(t.arabic) / 100
	t.noteLd = frame.Points(noteLeadPt) * sizeScale(t.arabic) / 100
	if t.arabic { // Naskh needs room above and below: as much air as the body
		t.noteLd = t.note.Size * 150 / 100
	}
	for lvl, pt := range [5]float64{0, 18, 14, 12, 10.5} {
		t.heading[lvl] = inline.Style{LatinFamily: headLatin, ArabicFamily: headArabic, Bold: true,
			Size: frame.Points(pt) * sizeScale(t.arabic) / 100, Color: col(t.colors.Primary)}
	}
	t.mono = inline.Style{LatinFamily: familyMono, ArabicFamily: headArabic, Size: size * 88 / 100, Color: text}
	t.small = inline.Style{LatinFamily: headLatin, ArabicFamily: headArabic, Size: frame.Points(8) * sizeScale(t.arabic) / 100, Color: col(t.colors.Muted)}
	return t
}

func sizeScale(arabic bool) frame.Length {
	if arabic {
		return arabicScale
	}
	return 100
}

// isArabicLang reports whether lang is written in Arabic script.
func isArabicLang(lang string) bool {
	p := lang
	if i := indexByte(p, '-'); i >= 0 {
		p = p[:i]
	}
	switch p {
	case "ar", "fa", "ur", "ps", "ckb", "sd", "ug":
		return true
	}
	return false
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func dirOf(d briefs.Direction) inline.Direction {
	switch d {
	case briefs.LTR:
		return inline.LTR
	case briefs.RTL:
		return inline.RTL
	}
	return inline.Auto
}

// shade is the tint behind code, zebra rows and the abstract: the brand's
// background colour, or, when that is white or nearly (a page colour, not
// a tint), a pale tint of the primary colour.
func (t *theme) shade() frame.Color {
	c := col(t.colors.Background)
	if int(c.R)+int(c.G)+int(c.B) > 3*245 {
		return mix(col(t.colors.Primary), frame.Color{R: 255, G: 255, B: 255}, 92)
	}
	return c
}
