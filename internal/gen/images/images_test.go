package main

import (
	"bytes"
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestRender(t *testing.T) {
	a, err := render()
	if err != nil {
		t.Fatal(err)
	}
	b, err := render()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]image.Point{
		"cover.jpg":        {1600, 900},
		"chart-water.png":  {1200, 675},
		"chart-solar.png":  {1200, 675},
		"chart-budget.png": {1200, 675},
		"logo-mark.png":    {256, 256},
	}
	if len(a) != len(want) {
		t.Fatalf("render made %d files, want %d", len(a), len(want))
	}
	for i, f := range a {
		t.Run(f.name, func(t *testing.T) {
			if !bytes.Equal(f.data, b[i].data) {
				t.Error("two runs differ")
			}
			if len(f.data) > 150<<10 {
				t.Errorf("%d bytes, want under 150 KB", len(f.data))
			}
			cfg, _, err := image.DecodeConfig(bytes.NewReader(f.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := (image.Point{cfg.Width, cfg.Height}); got != want[f.name] {
				t.Errorf("size %v, want %v", got, want[f.name])
			}
			// The committed copies must be what the generator makes now
			// (run go generate ./internal/gen after changing it).
			for _, dir := range []string{"../../../examples/assets", "../../../testdata/bench/assets"} {
				got, err := os.ReadFile(filepath.Join(dir, f.name))
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, f.data) {
					t.Errorf("%s/%s is stale: run go generate ./internal/gen", dir, f.name)
				}
			}
		})
	}
}

func TestTenths(t *testing.T) {
	tests := []struct {
		in   int
		want string
	}{{0, "0"}, {5, "0.5"}, {35, "3.5"}, {120, "12"}, {1234, "123.4"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tenths(tt.in); got != tt.want {
				t.Errorf("tenths(%d) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDigitSegments(t *testing.T) {
	// Lit segment counts of a seven-segment display, digit by digit.
	want := map[byte]int{'0': 6, '1': 2, '2': 5, '3': 5, '4': 4, '5': 5, '6': 6, '7': 3, '8': 7, '9': 6, 'x': 0}
	for d, n := range want {
		t.Run(string(d), func(t *testing.T) {
			lit := 0
			for _, on := range digitSegments(d) {
				if on {
					lit++
				}
			}
			if lit != n {
				t.Errorf("digit %c lights %d segments, want %d", d, lit, n)
			}
		})
	}
}

func TestElevationHasSeaAndLand(t *testing.T) {
	tests := []struct {
		name   string
		x, y   float64
		isLand bool
	}{
		{"west coast is sea", 0.02, 0.5, false},
		{"east hills are land", 0.95, 0.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := elevation(tt.x, tt.y) >= 0; got != tt.isLand {
				t.Errorf("elevation(%v, %v) = %v; land = %v, want %v", tt.x, tt.y, elevation(tt.x, tt.y), got, tt.isLand)
			}
		})
	}
}

func BenchmarkRender(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := render(); err != nil {
			b.Fatal(err)
		}
	}
}
