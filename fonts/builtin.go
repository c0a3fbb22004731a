package fonts

import (
	"embed"
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
	// Noto Sans Mono sets code, and is the fallback for the symbols the
	// text families lack: U+2212 MINUS SIGN, arrows, ≤ ≥ ≠ ≈ ∞.
	{"NotoSansMono-Regular", "Noto Sans Mono", false, false},
	{"NotoSansMono-Bold", "Noto Sans Mono", true, false},
}

func newBuiltin(b builtinFace) *Font {
	return &Font{
		name: b.file, family: b.family, bold: b.bold, italic: b.italic,
		arabic: strings.Contains(b.family, "Arabic"),
		load:   func() ([]byte, error) { return files.ReadFile("files/" + b.file + ".ttf") },
	}
}
