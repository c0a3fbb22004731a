package briefs

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// assetLoader opens the files a brief or brand refers to, inside the
// build root only.
type assetLoader struct {
	root    *os.Root
	rootDir string
	rep     *reporter
	cache   map[string]*Asset // images by root-relative path; nil: failed
}

// hasScheme reports whether p starts like a URL ("https:", "data:", …).
func hasScheme(p string) bool {
	for i, c := range p {
		switch {
		case c == ':':
			return i > 0
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return false
		}
	}
	return false
}

// resolve turns p, relative to the directory dir (as given, relative to
// the working directory or absolute), into a path relative to the build
// root. It reports why not and returns "" when p may not be opened.
func (a *assetLoader) resolve(what, p, dir string, at Pos) string {
	switch {
	case strings.TrimSpace(p) == "":
		a.rep.errorf(at, "%s: empty path", what)
		return ""
	case hasScheme(p):
		a.rep.errorf(at, "%s %q: URLs are never fetched; use a file inside the build root", what, p)
		return ""
	case filepath.IsAbs(p) || strings.HasPrefix(p, "/") || strings.HasPrefix(p, `\`):
		a.rep.errorf(at, "%s %q: absolute paths are not allowed; use a path relative to the file", what, p)
		return ""
	case a.root == nil:
		a.rep.errorf(at, "%s %q: no build root, so no file may be opened", what, p)
		return ""
	}
	full := filepath.Join(dir, filepath.FromSlash(p))
	var rel string
	if a.rootDir != "" {
		abs, err := filepath.Abs(full)
		if err == nil {
			rel, err = filepath.Rel(a.rootDir, abs)
		}
		if err != nil {
			a.rep.errorf(at, "%s %q: %v", what, p, err)
			return ""
		}
	} else {
		rel = filepath.Clean(full)
	}
	if !filepath.IsLocal(rel) {
		a.rep.errorf(at, "%s %q is outside the build root", what, p)
		return ""
	}
	return rel
}

// read opens rel through the root and reads it, up to maxAssetSize.
func (a *assetLoader) read(what, p, rel string, at Pos) []byte {
	f, err := a.root.Open(rel)
	if err != nil {
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			a.rep.errorf(at, "%s %q not found", what, p)
		case errors.As(err, &pe):
			a.rep.errorf(at, "%s %q cannot be opened: %v (it must stay inside the build root)", what, p, pe.Err)
		default:
			a.rep.errorf(at, "%s %q cannot be opened: %v", what, p, err)
		}
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		a.rep.errorf(at, "%s %q is not a regular file", what, p)
		return nil
	}
	if st.Size() > maxAssetSize {
		a.rep.errorf(at, "%s %q is larger than %d MiB", what, p, maxAssetSize>>20)
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(f, maxAssetSize+1))
	if err != nil {
		a.rep.errorf(at, "%s %q cannot be read: %v", what, p, err)
		return nil
	}
	if len(data) > maxAssetSize {
		a.rep.errorf(at, "%s %q is larger than %d MiB", what, p, maxAssetSize>>20)
		return nil
	}
	return data
}

func newAsset(p string, data []byte, format string) *Asset {
	sum := sha256.Sum256(data)
	return &Asset{Path: p, Data: data, Format: format, Hash: hex.EncodeToString(sum[:])}
}

// image loads a PNG or JPEG (and SVG when svgOK) image and checks it: the
// size from its header first (at most maxPixels), then its structure
// (PNG: every chunk's length and CRC up to IEND; JPEG: the end-of-image
// marker), which catches truncated and damaged files without decoding
// pixels. Each file is read once per parse.
func (a *assetLoader) image(p, dir string, at Pos, svgOK bool) *Asset {
	what := "image"
	rel := a.resolve(what, p, dir, at)
	if rel == "" {
		return nil
	}
	if as, ok := a.cache[rel]; ok {
		if as == nil {
			a.rep.errorf(at, "image %q: see the error above", p)
		}
		return as
	}
	if a.cache == nil {
		a.cache = map[string]*Asset{}
	}
	as := a.loadImage(p, rel, at, svgOK)
	a.cache[rel] = as
	return as
}

func (a *assetLoader) loadImage(p, rel string, at Pos, svgOK bool) *Asset {
	what := "image"
	data := a.read(what, p, rel, at)
	if data == nil {
		return nil
	}
	var format string
	var cfg image.Config
	var err error
	var check func([]byte) error
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		format, check = "png", checkPNG
		cfg, err = png.DecodeConfig(bytes.NewReader(data))
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		format, check = "jpeg", checkJPEG
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(data))
	case looksLikeSVG(data):
		if !svgOK {
			a.rep.errorf(at, "image %q: SVG is only supported for the logo; use PNG or JPEG", p)
			return nil
		}
		format = "svg"
		cfg.Width, cfg.Height, err = svgSize(data)
	default:
		a.rep.errorf(at, "image %q is not a PNG or JPEG file", p)
		return nil
	}
	if err != nil {
		a.rep.errorf(at, "image %q is corrupt: %v", p, err)
		return nil
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		a.rep.errorf(at, "image %q has no size", p)
		return nil
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		a.rep.errorf(at, "image %q is %d x %d pixels, more than the limit of %d megapixels", p, cfg.Width, cfg.Height, maxPixels/1_000_000)
		return nil
	}
	if check != nil {
		if err := check(data); err != nil {
			a.rep.errorf(at, "image %q is corrupt: %v", p, err)
			return nil
		}
	}
	as := newAsset(p, data, format)
	as.Width, as.Height = cfg.Width, cfg.Height
	return as
}

// font loads a .ttf, .otf or .ttc font file.
func (a *assetLoader) font(p, dir string, at Pos) *Asset {
	ext := strings.ToLower(filepath.Ext(p))
	if ext != ".ttf" && ext != ".otf" && ext != ".ttc" {
		a.rep.errorf(at, "font %q: expected a .ttf, .otf or .ttc file", p)
		return nil
	}
	rel := a.resolve("font", p, dir, at)
	if rel == "" {
		return nil
	}
	data := a.read("font", p, rel, at)
	if data == nil {
		return nil
	}
	var format string
	switch {
	case len(data) < 12:
	case bytes.HasPrefix(data, []byte("ttcf")):
		format = "ttc"
	case bytes.HasPrefix(data, []byte("OTTO")):
		format = "otf"
	case bytes.HasPrefix(data, []byte{0, 1, 0, 0}), bytes.HasPrefix(data, []byte("true")):
		format = "ttf"
	}
	if format == "" {
		a.rep.errorf(at, "font %q is not a TrueType or OpenType font", p)
		return nil
	}
	return newAsset(p, data, format)
}

// checkPNG walks the chunks: lengths inside the file, CRCs right, IEND
// present.
func checkPNG(data []byte) error {
	off := 8
	for off+12 <= len(data) {
		n := int(binary.BigEndian.Uint32(data[off:]))
		if n < 0 || n > len(data)-off-12 {
			return fmt.Errorf("chunk at byte %d runs past the end of the file", off)
		}
		typ := data[off+4 : off+8]
		if crc32.ChecksumIEEE(data[off+4:off+8+n]) != binary.BigEndian.Uint32(data[off+8+n:]) {
			return fmt.Errorf("%s chunk at byte %d has a bad checksum", typ, off)
		}
		if string(typ) == "IEND" {
			return nil
		}
		off += 12 + n
	}
	return fmt.Errorf("truncated: no IEND chunk")
}

// checkJPEG requires the end-of-image marker (allowing trailing padding).
func checkJPEG(data []byte) error {
	t := bytes.TrimRight(data, "\x00\r\n ")
	if !bytes.HasSuffix(t, []byte{0xFF, 0xD9}) {
		return fmt.Errorf("truncated: no end-of-image marker")
	}
	return nil
}
