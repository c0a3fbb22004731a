package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/briefpress/briefpress/briefs"
	"github.com/briefpress/briefpress/internal/build"
)

func asset(path, data string) *briefs.Asset {
	sum := sha256.Sum256([]byte(data))
	return &briefs.Asset{Path: path, Data: []byte(data), Hash: hex.EncodeToString(sum[:])}
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	brandFile := filepath.Join(dir, "brand", "house.yaml")
	if err := os.MkdirAll(filepath.Dir(brandFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(brandFile, []byte("name: X\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	chart := asset("img/chart.png", "chart")
	doc := &briefs.Document{
		File: filepath.Join(dir, "briefs", "x.md"),
		Meta: briefs.Meta{Cover: &briefs.Cover{Image: asset("img/cover.jpg", "cover")}},
		Blocks: []briefs.Block{
			&briefs.Figure{Image: chart},
			&briefs.List{Items: []*briefs.ListItem{{Blocks: []briefs.Block{&briefs.Quote{Blocks: []briefs.Block{&briefs.Figure{Image: asset("img/deep.png", "deep")}}}}}}},
			&briefs.Figure{Image: chart}, // the same image twice is one input
		},
		Notes: []*briefs.Note{{Blocks: []briefs.Block{&briefs.Figure{Image: asset("img/note.png", "note")}}}},
	}
	brand := &briefs.Brand{File: brandFile, Logo: asset("logo.svg", "logo"),
		Fonts: briefs.BrandFonts{Body: briefs.FontRef{Family: "Noto Serif"}, ArabicHeading: briefs.FontRef{File: asset("fonts/kufi.ttf", "font")}}}

	tests := []struct {
		name  string
		brand *briefs.Brand
		want  []string
	}{
		{"built-in brand", &briefs.Brand{}, []string{"briefs/img/chart.png", "briefs/img/cover.jpg", "briefs/img/deep.png", "briefs/img/note.png"}},
		{"brand file", brand, []string{"brand/fonts/kufi.ttf", "brand/house.yaml", "brand/logo.svg", "briefs/img/chart.png", "briefs/img/cover.jpg", "briefs/img/deep.png", "briefs/img/note.png"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Inputs(doc, tt.brand)
			var paths []string
			for _, in := range got {
				rel, _ := filepath.Rel(dir, in.Path)
				paths = append(paths, filepath.ToSlash(rel))
				if len(in.SHA256) != 64 {
					t.Errorf("%s: hash %q is not a hex SHA-256", rel, in.SHA256)
				}
			}
			if !slices.Equal(paths, tt.want) {
				t.Errorf("inputs = %v, want %v", paths, tt.want)
			}
		})
	}
	got := Inputs(doc, brand)
	i := slices.IndexFunc(got, func(in build.Input) bool { return filepath.Base(in.Path) == "house.yaml" })
	if sum := sha256.Sum256([]byte("name: X\n")); got[i].SHA256 != hex.EncodeToString(sum[:]) {
		t.Error("the brand file's hash is not the hash of its bytes")
	}
}

func TestDateFor(t *testing.T) {
	epoch := time.Unix(1700000000, 0)
	tests := []struct {
		name string
		cfg  Config
		doc  *briefs.Document
		want time.Time
	}{
		{"SOURCE_DATE_EPOCH wins", Config{Date: epoch}, &briefs.Document{Meta: briefs.Meta{Date: &briefs.Date{Year: 2026, Month: 3, Day: 2}}}, epoch.UTC()},
		{"the brief's date at midnight UTC", Config{}, &briefs.Document{Meta: briefs.Meta{Date: &briefs.Date{Year: 2026, Month: 3, Day: 2}}}, time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)},
		{"fixed fallback, never the clock", Config{}, &briefs.Document{}, time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cfg.DateFor(tt.doc); !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("DateFor = %v, want %v (UTC)", got, tt.want)
			}
		})
	}
}

func TestNotImplemented(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{nil, false},
		{errors.New("pdf: not yet implemented"), true},
		{errors.New("layout: overfull page"), false},
	}
	for _, tt := range tests {
		t.Run(func() string {
			if tt.err == nil {
				return "nil"
			}
			return tt.err.Error()
		}(), func(t *testing.T) {
			if got := NotImplemented(tt.err); got != tt.want {
				t.Errorf("NotImplemented(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}
