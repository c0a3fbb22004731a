package briefs

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

var brandKeys = []string{"name", "short-name", "logo", "website", "email", "colors",
	"fonts", "page", "header", "footer", "about", "heading-numbers"}

// LoadBrand reads and validates a brand file (the --brand override). The
// file is opened through opts.Root when set (it must lie inside the build
// root), else read from disk, in which case its logo and font files cannot
// be opened. The result is merged over DefaultBrand, so every field is set.
func LoadBrand(file string, opts Options) (*Brand, Diagnostics) {
	rep := &reporter{file: file}
	var data []byte
	if opts.Root == nil {
		var diags Diagnostics
		if data, diags = readLimited(file); diags != nil {
			return nil, diags
		}
	} else {
		a := &assetLoader{root: opts.Root, rootDir: opts.RootDir, rep: rep}
		rel := file
		if filepath.IsAbs(file) && opts.RootDir != "" {
			if r, err := filepath.Rel(opts.RootDir, file); err == nil {
				rel = r
			}
		}
		rel = filepath.Clean(rel)
		if !filepath.IsLocal(rel) {
			rep.errorf(Pos{}, "brand file %q is outside the build root", file)
			return nil, rep.diags
		}
		if data = a.read("brand file", file, rel, Pos{}); data == nil {
			return nil, rep.diags
		}
		if len(data) > maxFileSize {
			rep.errorf(Pos{}, "the file is larger than 1 MiB")
			return nil, rep.diags
		}
	}
	return parseBrand(file, data, opts)
}

// parseBrand parses a brand file's bytes; file is its path relative to
// the working directory (for diagnostics and relative asset paths).
func parseBrand(file string, data []byte, opts Options) (b *Brand, diags Diagnostics) {
	rep := &reporter{file: file}
	defer func() {
		if r := recover(); r != nil {
			rep.errorf(Pos{}, "internal error: %v", r)
			b, diags = nil, rep.diags
		}
	}()
	b = DefaultBrand()
	b.File = file
	if len(data) > maxFileSize {
		rep.errorf(Pos{Line: 1, Col: 1}, "the file is larger than 1 MiB")
		return nil, rep.diags
	}
	if !checkUTF8(data, rep) {
		return nil, rep.diags
	}
	data = normalizeNewlines(data)
	checkCoverage(data, opts.Covers, rep)
	y := &yamlDoc{rep: rep}
	root, ok := y.parseYAML(data, maxBrandNodes)
	if ok && root != nil {
		bd := &brandDecoder{y: y, b: b, dir: filepath.Dir(file), opts: opts,
			assets: &assetLoader{root: opts.Root, rootDir: opts.RootDir, rep: rep}}
		bd.decode(root)
	}
	rep.diags.Sort()
	if rep.diags.HasErrors() {
		return nil, rep.diags
	}
	return b, rep.diags
}

type brandDecoder struct {
	y      *yamlDoc
	b      *Brand
	dir    string
	opts   Options
	assets *assetLoader
}

func (d *brandDecoder) decode(root ast.Node) {
	y, b := d.y, d.b
	entries, ok := y.mapping("brand", root)
	if !ok {
		return
	}
	for _, e := range entries {
		v := e.value
		if isNull(v) {
			continue
		}
		switch e.key {
		case "name":
			b.Name, _ = y.str(e.key, v)
		case "short-name":
			b.ShortName, _ = y.str(e.key, v)
		case "website":
			b.Website, _ = y.str(e.key, v)
		case "email":
			b.Email, _ = y.str(e.key, v)
		case "header":
			b.Header, _ = y.str(e.key, v)
		case "footer":
			b.Footer, _ = y.str(e.key, v)
		case "heading-numbers":
			b.NumberHeadings, _ = y.boolean(e.key, v)
		case "logo":
			if s, ok := y.str(e.key, v); ok {
				b.Logo = d.assets.image(s, d.dir, y.nodePos(v), true)
			}
		case "about":
			if s, ok := y.str(e.key, v); ok {
				b.About = d.about(s, y.nodePos(v), unwrapLiteral(v))
			}
		case "colors":
			d.colors(v)
		case "fonts":
			d.fonts(v)
		case "page":
			d.page(v)
		default:
			y.unknownKey(e, brandKeys)
		}
	}
}

func unwrapLiteral(n ast.Node) bool {
	_, ok := unwrap(n).(*ast.LiteralNode)
	return ok
}

// about parses the about Markdown (no notes or citations are possible).
func (d *brandDecoder) about(s string, at Pos, literal bool) []Block {
	p := &parseState{
		file: d.y.rep.file, briefDir: d.dir, opts: d.opts, rep: d.y.rep,
		doc:    &Document{Meta: Meta{Lang: "en"}, Dir: LTR},
		slugs:  map[string]int{},
		assets: d.assets,
		fm:     frontMatter{abstract: s, abstractPos: at, abstractLit: literal},
	}
	p.notes = newNoteTable(p)
	if !checkNesting([]byte(s), p.abstractPos, d.y.rep) {
		return nil
	}
	blocks := p.convertMarkdown([]byte(s), p.abstractPos)
	if len(p.notes.notes) > 0 {
		d.y.rep.errorf(at, "key \"about\" (line %d): footnotes are not supported in the brand's about text", at.Line)
	}
	return blocks
}

func (d *brandDecoder) colors(v ast.Node) {
	entries, ok := d.y.mapping("colors", v)
	if !ok {
		return
	}
	c := &d.b.Colors
	targets := map[string]*Color{"primary": &c.Primary, "accent": &c.Accent, "text": &c.Text, "muted": &c.Muted, "background": &c.Background}
	for _, e := range entries {
		dst, known := targets[e.key]
		if !known {
			d.y.unknownKey(e, []string{"primary", "accent", "text", "muted", "background"})
			continue
		}
		s, ok := d.y.str(e.key, e.value)
		if !ok {
			continue
		}
		col, err := parseColor(s)
		if err != nil {
			d.y.rep.errorf(d.y.nodePos(e.value), "colors: key %q: %v", e.key, err)
			continue
		}
		*dst = col
	}
}

// parseColor parses "#RRGGBB".
func parseColor(s string) (Color, error) {
	if len(s) != 7 || s[0] != '#' {
		return Color{}, fmt.Errorf("expected a colour as #RRGGBB, found %q", s)
	}
	n, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return Color{}, fmt.Errorf("expected a colour as #RRGGBB, found %q", s)
	}
	return Color{uint8(n >> 16), uint8(n >> 8), uint8(n)}, nil
}

func (d *brandDecoder) fonts(v ast.Node) {
	entries, ok := d.y.mapping("fonts", v)
	if !ok {
		return
	}
	f := &d.b.Fonts
	targets := map[string]*FontRef{"body": &f.Body, "heading": &f.Heading, "arabic-body": &f.ArabicBody, "arabic-heading": &f.ArabicHeading}
	for _, e := range entries {
		dst, known := targets[e.key]
		if !known {
			d.y.unknownKey(e, []string{"body", "heading", "arabic-body", "arabic-heading"})
			continue
		}
		s, ok := d.y.str(e.key, e.value)
		if !ok {
			continue
		}
		at := d.y.nodePos(e.value)
		if fam := builtinFamily(s); fam != "" {
			*dst = FontRef{Family: fam}
			continue
		}
		ext := strings.ToLower(filepath.Ext(s))
		if ext != ".ttf" && ext != ".otf" && ext != ".ttc" {
			if best := nearest(s, builtinFamilies); best != "" {
				d.y.rep.errorf(at, "fonts: key %q: %q is neither a built-in family nor a .ttf/.otf file; did you mean %q?", e.key, s, best)
			} else {
				d.y.rep.errorf(at, "fonts: key %q: %q is neither a built-in family (%s) nor a .ttf/.otf file", e.key, s, strings.Join(builtinFamilies, ", "))
			}
			continue
		}
		if a := d.assets.font(s, d.dir, at); a != nil {
			*dst = FontRef{File: a}
		}
	}
}

// builtinFamily matches a built-in family name, case-insensitively.
func builtinFamily(s string) string {
	for _, f := range builtinFamilies {
		if strings.EqualFold(strings.TrimSpace(s), f) {
			return f
		}
	}
	return ""
}

func (d *brandDecoder) page(v ast.Node) {
	y := d.y
	entries, ok := y.mapping("page", v)
	if !ok {
		return
	}
	pg := &d.b.Page
	for _, e := range entries {
		switch e.key {
		case "size":
			s, ok := y.str(e.key, e.value)
			if !ok {
				continue
			}
			w, h, err := parsePageSize(s)
			if err != nil {
				y.rep.errorf(y.nodePos(e.value), "page: key \"size\": %v", err)
				continue
			}
			pg.Width, pg.Height = w, h
		case "margins":
			d.margins(e.value)
		default:
			y.unknownKey(e, []string{"size", "margins"})
		}
	}
	if pg.Top+pg.Bottom >= pg.Height*0.8 || pg.Inner+pg.Outer >= pg.Width*0.8 {
		y.rep.errorf(y.nodePos(v), "page: the margins leave too little room on a %.0f x %.0f pt page", pg.Width, pg.Height)
	}
}

func (d *brandDecoder) margins(v ast.Node) {
	y := d.y
	entries, ok := y.mapping("margins", v)
	if !ok {
		return
	}
	pg := &d.b.Page
	targets := map[string]*float64{"top": &pg.Top, "bottom": &pg.Bottom, "inner": &pg.Inner, "outer": &pg.Outer}
	for _, e := range entries {
		dst, known := targets[e.key]
		if !known {
			y.unknownKey(e, []string{"top", "bottom", "inner", "outer"})
			continue
		}
		s, ok := y.str(e.key, e.value)
		if !ok {
			continue
		}
		l, err := parseLength(s)
		if err != nil {
			y.rep.errorf(y.nodePos(e.value), "margins: key %q: %v", e.key, err)
			continue
		}
		*dst = l
	}
}

// parsePageSize parses "A4", "A5", "Letter", "Legal" or "W x H" lengths.
func parsePageSize(s string) (w, h float64, err error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "a4":
		return 595.28, 841.89, nil
	case "a5":
		return 419.53, 595.28, nil
	case "letter":
		return 612, 792, nil
	case "legal":
		return 612, 1008, nil
	}
	ws, hs, found := strings.Cut(strings.ReplaceAll(s, "×", "x"), "x")
	if !found {
		return 0, 0, fmt.Errorf("expected A4, A5, Letter, Legal or WIDTH x HEIGHT (e.g. 210mm x 297mm), found %q", s)
	}
	if w, err = parseLength(ws); err == nil {
		h, err = parseLength(hs)
	}
	if err != nil {
		return 0, 0, err
	}
	if w < 144 || h < 144 || w > 14400 || h > 14400 {
		return 0, 0, fmt.Errorf("page size %q is out of range (2in to 200in)", s)
	}
	return w, h, nil
}

// parseLength parses a length with a unit (mm, cm, in, pt) into points.
func parseLength(s string) (float64, error) {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		pt     float64
	}{{"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pt", 1}}
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
			if err != nil || v < 0 || v > 10000 {
				break
			}
			return v * u.pt, nil
		}
	}
	return 0, fmt.Errorf("expected a length like 20mm, 2cm, 1in or 72pt, found %q", s)
}
