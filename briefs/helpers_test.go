package briefs

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// testRoot makes a build root with assets for the tests:
//
//	root/img.png (4x3), root/photo.jpg, root/bad.png (truncated),
//	root/huge.png (a header claiming 10000x5000), root/logo.svg,
//	root/font.ttf (a fake TrueType header), root/escape.png -> outside.
func testRoot(t testing.TB) (dir string, opts Options) {
	t.Helper()
	outer := t.TempDir()
	dir = filepath.Join(outer, "root")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pngData := encodePNG(t, 4, 3)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("img.png", pngData)
	write("bad.png", pngData[:len(pngData)-20])
	write("huge.png", patchPNGSize(pngData, 10000, 5000))
	var jb bytes.Buffer
	if err := jpeg.Encode(&jb, image.NewGray(image.Rect(0, 0, 8, 8)), nil); err != nil {
		t.Fatal(err)
	}
	write("photo.jpg", jb.Bytes())
	write("logo.svg", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>`))
	write("font.ttf", append([]byte{0, 1, 0, 0}, make([]byte, 60)...))
	write("notes.txt", []byte("not an image"))
	if err := os.WriteFile(filepath.Join(outer, "secret.png"), pngData, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outer, "secret.png"), filepath.Join(dir, "escape.png")); err != nil {
		t.Fatal(err)
	}
	return dir, openRoot(t, dir)
}

func encodePNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(0, 0, color.RGBA{255, 0, 0, 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// patchPNGSize rewrites the IHDR width and height (and its CRC): the
// header then claims a size the data does not have.
func patchPNGSize(data []byte, w, h uint32) []byte {
	out := append([]byte{}, data...)
	binary.BigEndian.PutUint32(out[16:], w)
	binary.BigEndian.PutUint32(out[20:], h)
	binary.BigEndian.PutUint32(out[29:], crc32.ChecksumIEEE(out[12:29]))
	return out
}
