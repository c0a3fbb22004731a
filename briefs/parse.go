package briefs

import (
	"crypto/sha1"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// Options configure Parse, Load and LoadBrand.
type Options struct {
	// Root is the build root; every asset (images, brand, logo, fonts) is
	// opened through it. With a nil Root no asset may be opened, and each
	// asset reference is an error.
	Root *os.Root
	// RootDir is the absolute path of Root's directory, used to turn the
	// brief's own directory into a root-relative one.
	RootDir string
	// Covers reports whether some font covers r. When set, every character
	// no font covers is an error at its first line:col; nil skips the check.
	Covers func(r rune) bool
	// SkipBrand leaves the brief's brand file unloaded (a --brand override
	// is in force); the key's type is still checked.
	SkipBrand bool
	// Brand is the brand in force instead of the brief's own (a --brand
	// override), for the coverage check; nil: the brief's own brand.
	Brand *Brand
	// CoversFor, when set, replaces Covers with the coverage of the fonts
	// in force for the brief: the built-in ones plus the font files of b
	// (the override, or the brief's own brand; nil for the built-in
	// brand). The spec lets a brand bring fonts for other scripts, so the
	// check has to wait until the brand is known.
	CoversFor func(b *Brand) func(r rune) bool
}

// parseState is the state of one Parse call.
type parseState struct {
	file     string
	briefDir string
	opts     Options
	rep      *reporter
	li       *lineIndex
	doc      *Document
	fm       frontMatter
	brandPos Pos
	assets   *assetLoader
	notes    *noteTable
	slugs    map[string]int
	links    []pendingLink
}

// Load reads a brief from disk and parses it. The file must be at most
// 1 MiB, which is checked before it is read.
func Load(file string, opts Options) (*Document, Diagnostics) {
	src, diags := readLimited(file)
	if diags != nil {
		return nil, diags
	}
	return Parse(file, src, opts)
}

// readLimited reads a brief or brand file of at most maxFileSize bytes.
func readLimited(file string) ([]byte, Diagnostics) {
	fail := func(format string, args ...any) ([]byte, Diagnostics) {
		return nil, Diagnostics{{File: file, Severity: Error, Message: fmt.Sprintf(format, args...)}}
	}
	f, err := os.Open(file)
	if err != nil {
		return fail("cannot open: %v", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fail("cannot read: %v", err)
	}
	if !st.Mode().IsRegular() {
		return fail("not a regular file")
	}
	if st.Size() > maxFileSize {
		return fail("the file is larger than 1 MiB (%d bytes)", st.Size())
	}
	src, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return fail("cannot read: %v", err)
	}
	if len(src) > maxFileSize {
		return fail("the file is larger than 1 MiB")
	}
	return src, nil
}

// Parse parses and resolves a brief. file is the path as given by the
// user: it is used in diagnostics and to resolve relative asset paths.
// The document is returned even when there are errors (as far as it could
// be built); callers check Diagnostics.HasErrors. Diagnostics are sorted.
func Parse(file string, src []byte, opts Options) (doc *Document, diags Diagnostics) {
	rep := &reporter{file: file}
	defer func() {
		if r := recover(); r != nil {
			rep.errorf(Pos{}, "internal error: %v\n%s", r, debug.Stack())
			doc, diags = nil, rep.diags
		}
	}()
	doc = parse(file, src, opts, rep)
	rep.diags.Sort()
	return doc, rep.diags
}

func parse(file string, src []byte, opts Options, rep *reporter) *Document {
	if len(src) > maxFileSize {
		rep.errorf(Pos{Line: 1, Col: 1}, "the file is larger than 1 MiB (%d bytes)", len(src))
		return nil
	}
	if !checkUTF8(src, rep) {
		return nil
	}
	src = normalizeNewlines([]byte(strings.TrimPrefix(string(src), "\uFEFF")))
	p := &parseState{
		file: file, briefDir: filepath.Dir(file), opts: opts, rep: rep,
		li:    newLineIndex(src),
		doc:   &Document{File: file, Meta: Meta{Lang: "en", TOC: true, TOCDepth: 2}},
		slugs: map[string]int{},
	}
	p.assets = &assetLoader{root: opts.Root, rootDir: opts.RootDir, rep: rep}
	yml, body, _, bodyOff, ok := splitFrontMatter(src)
	if !ok {
		rep.errorf(Pos{Line: 1, Col: 1}, "a brief starts with YAML front matter between two \"---\" lines (with at least a title)")
		return nil
	}
	y := &yamlDoc{rep: rep, lineBase: 1}
	root, ok := y.parseYAML(yml, 0)
	if ok {
		p.decodeMeta(y, root)
	}
	p.applyDefaults()
	if p.doc.Meta.BrandPath != "" && !opts.SkipBrand && opts.Brand == nil {
		p.loadBrand()
	}
	covers := opts.Covers
	if opts.CoversFor != nil {
		brand := opts.Brand
		if brand == nil {
			brand = p.doc.Brand
		}
		covers = opts.CoversFor(brand)
	}
	checkCoverage(src, covers, rep)
	p.notes = newNoteTable(p)
	if p.fm.abstract != "" && checkNesting([]byte(p.fm.abstract), p.abstractPos, rep) {
		p.doc.Meta.Abstract = p.convertMarkdown([]byte(p.fm.abstract), p.abstractPos)
	}
	if checkNesting(body, func(off int) Pos { return p.li.pos(bodyOff + off) }, rep) {
		p.doc.Blocks = p.convertMarkdown(body, func(off int) Pos { return p.li.pos(bodyOff + off) })
	}
	p.notes.finish()
	p.checkLinks()
	p.doc.Sources = p.buildSources()
	return p.doc
}

// abstractPos maps an offset in the abstract text to a front matter
// position (exact line; column exact for block scalars' first column).
func (p *parseState) abstractPos(off int) Pos {
	if p.fm.abstractIdx == nil {
		p.fm.abstractIdx = newLineIndex([]byte(p.fm.abstract))
	}
	l := p.fm.abstractIdx.pos(off)
	at := p.fm.abstractPos
	if p.fm.abstractLit {
		return Pos{Line: at.Line + l.Line, Col: l.Col + 2}
	}
	if l.Line == 1 {
		return Pos{Line: at.Line, Col: at.Col + l.Col - 1}
	}
	return Pos{Line: at.Line + l.Line - 1, Col: l.Col}
}

// applyDefaults fills what the front matter left out.
func (p *parseState) applyDefaults() {
	m := &p.doc.Meta
	m.Title, m.Subtitle, m.Kind, m.Rights = metaPlain(m.Title), metaPlain(m.Subtitle), metaPlain(m.Kind), metaPlain(m.Rights)
	if !p.fm.dirSet {
		p.doc.Dir = langDir(m.Lang)
	}
	if !p.fm.sourcesSet || m.SourcesTitle == "" {
		m.SourcesTitle = TermsFor(m.Lang).Sources
	}
	if !p.fm.idSet || m.Identifier == "" {
		date := ""
		if m.Date != nil {
			date = isoDate(*m.Date)
		}
		m.Identifier = stableUUID(m.Title + "\x00" + date)
	}
}

// stableUUID derives a version-5-style UUID from s (SHA-1), as a URN.
func stableUUID(s string) string {
	h := sha1.Sum([]byte("briefpress:" + s))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// loadBrand loads the brand file named by the front matter, relative to
// the brief, through the build root.
func (p *parseState) loadBrand() {
	rel := p.assets.resolve("brand", p.doc.Meta.BrandPath, p.briefDir, p.brandPos)
	if rel == "" {
		return
	}
	data := p.assets.read("brand", p.doc.Meta.BrandPath, rel, p.brandPos)
	if data == nil {
		return
	}
	brandFile := filepath.Join(p.briefDir, filepath.FromSlash(p.doc.Meta.BrandPath))
	b, diags := parseBrand(brandFile, data, p.opts)
	p.rep.diags = append(p.rep.diags, diags...)
	if !diags.HasErrors() {
		p.doc.Brand = b
	}
}
