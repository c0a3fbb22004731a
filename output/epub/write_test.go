package epub

import (
	"archive/zip"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"
)

var dumpDir = flag.String("dump", "", "write the test EPUBs to this directory")

var testTime = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)

func build(t testing.TB, name string) []byte {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch name {
	case "english":
		err = Write(&buf, englishDoc(t), testBrand(), Options{Modified: testTime, Producer: "briefpress test"})
	case "english-plain":
		err = Write(&buf, englishDoc(t), nil, Options{Modified: testTime})
	case "arabic":
		err = Write(&buf, arabicDoc(t), testBrand(), Options{Modified: testTime})
	case "long":
		err = Write(&buf, longDoc(t), nil, Options{Modified: testTime})
	default:
		t.Fatalf("no document %q", name)
	}
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return buf.Bytes()
}

func unzip(t testing.TB, data []byte) (names []string, files map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	files = map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := b.ReadFrom(rc); err != nil {
			t.Fatal(err)
		}
		rc.Close()
		names = append(names, f.Name)
		files[f.Name] = b.Bytes()
	}
	return names, files
}

func TestDump(t *testing.T) {
	dir := *dumpDir
	if dir == "" {
		t.Skip("run with -dump DIR to write the test EPUBs for inspection")
	}
	for _, name := range []string{"english", "english-plain", "arabic", "long"} {
		if err := os.WriteFile(filepath.Join(dir, name+".epub"), build(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
