package fonts

import (
	"encoding/binary"
	"testing"
)

// makeTTC builds a font collection from whole TTF files: each file is
// appended as is and its table offsets are shifted to be relative to the
// start of the collection, as the TTC format requires.
func makeTTC(t *testing.T, ttfs ...[]byte) []byte {
	t.Helper()
	head := 12 + 4*len(ttfs)
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(ttfs)))
	for i, f := range ttfs {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		base := len(out)
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(base))
		font := append([]byte(nil), f...)
		n := int(binary.BigEndian.Uint16(font[4:]))
		for r := range n {
			rec := font[12+16*r:]
			off := binary.BigEndian.Uint32(rec[8:])
			binary.BigEndian.PutUint32(rec[8:], off+uint32(base))
		}
		out = append(out, font...)
	}
	return out
}

func TestAddFileCollection(t *testing.T) {
	serif, err := files.ReadFile("files/NotoSerif-Italic.ttf")
	if err != nil {
		t.Fatal(err)
	}
	naskh, err := files.ReadFile("files/NotoNaskhArabic-Bold.ttf")
	if err != nil {
		t.Fatal(err)
	}
	ttc := makeTTC(t, serif, naskh)
	tests := []struct {
		name         string
		index        int
		family       string
		bold, italic bool
		r            rune
		wantErr      bool
	}{
		{"first face", 0, "Noto Serif", false, true, 'A', false},
		{"second face", 1, "Noto Naskh Arabic", true, false, 'ب', false},
		{"no such face", 2, "", false, false, 0, true},
	}
	reg := NewRegistry()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := reg.AddFileIndex("brand/Pair.ttc", ttc, tt.index)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if f.Family() != tt.family || f.Bold() != tt.bold || f.Italic() != tt.italic || f.Index() != tt.index {
				t.Errorf("got %q bold=%v italic=%v index=%d", f.Family(), f.Bold(), f.Italic(), f.Index())
			}
			if !f.HasRune(tt.r) {
				t.Errorf("face %d lacks %q", tt.index, tt.r)
			}
			// The extracted face parses on its own and describes the same face.
			sfnt, err := f.FaceData()
			if err != nil {
				t.Fatal(err)
			}
			desc, err := describeFile(sfnt, 0)
			if err != nil || desc.Family != tt.family || len(sfnt) >= len(ttc) {
				t.Errorf("FaceData: %d of %d bytes, family %q, err %v", len(sfnt), len(ttc), desc.Family, err)
			}
			if _, err := parseFace(sfnt, 0); err != nil {
				t.Errorf("FaceData does not parse: %v", err)
			}
		})
	}
	if f, err := reg.AddFile("brand/Pair.ttc", ttc); err != nil || f.Index() != 0 || f.Family() != "Noto Serif" {
		t.Errorf("AddFile on a collection: %v, %v; want its first face", f, err)
	}
}

func FuzzExtractFace(f *testing.F) {
	serif, err := files.ReadFile("files/NotoSerif-Regular.ttf")
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), 0)
	f.Add(serif[:2000], 0)
	f.Fuzz(func(t *testing.T, data []byte, index int) {
		out, err := extractFace(data, index)
		if err == nil && len(out) < 12 {
			t.Fatalf("extracted %d bytes without error", len(out))
		}
	})
}
