package briefs

// Built-in font family names (the fonts package embeds them).
const (
	familySerif      = "Noto Serif"
	familySans       = "Noto Sans"
	familyNaskh      = "Noto Naskh Arabic"
	familyKufi       = "Noto Kufi Arabic"
	familyMono       = "Noto Sans Mono"
	defaultHeaderTpl = "{title}"
	defaultFooterTpl = "{page} / {pages}"
)

// builtinFamilies are the font families a brand may name.
var builtinFamilies = []string{familySerif, familySans, familyNaskh, familyKufi, familyMono}

// DefaultBrand returns the built-in brand: neutral and clean. A4 paper,
// Noto Serif body and Noto Sans headings (Noto Naskh and Kufi Arabic for
// Arabic), navy primary colour. Each call returns a fresh value.
func DefaultBrand() *Brand {
	return &Brand{
		Colors: Colors{
			Primary:    Color{0x1F, 0x3A, 0x5F},
			Accent:     Color{0xC2, 0x41, 0x0C},
			Text:       Color{0x1A, 0x1A, 0x1A},
			Muted:      Color{0x6B, 0x72, 0x80},
			Background: Color{0xFF, 0xFF, 0xFF},
		},
		Fonts: BrandFonts{
			Body:          FontRef{Family: familySerif},
			Heading:       FontRef{Family: familySans},
			ArabicBody:    FontRef{Family: familyNaskh},
			ArabicHeading: FontRef{Family: familyKufi},
		},
		Page:   PageSpec{Width: 595.28, Height: 841.89, Top: 72, Bottom: 72, Inner: 72, Outer: 64},
		Header: defaultHeaderTpl,
		Footer: defaultFooterTpl,
	}
}
