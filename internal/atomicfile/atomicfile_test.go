package atomicfile

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name    string
		old     string // "" means no previous file
		cancel  bool
		want    string
		wantErr bool
	}{
		{name: "new file", want: "new"},
		{name: "replaces old file", old: "old", want: "new"},
		{name: "cancelled keeps old file", old: "old", cancel: true, want: "old", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "x.pdf")
			if tt.old != "" {
				if err := os.WriteFile(path, []byte(tt.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			if tt.cancel {
				cancel()
			}
			defer cancel()
			err := WriteFile(ctx, path, []byte("new"), 0o644)
			if (err != nil) != tt.wantErr {
				t.Fatalf("WriteFile error = %v, want error %v", err, tt.wantErr)
			}
			got, _ := os.ReadFile(path)
			if string(got) != tt.want {
				t.Errorf("content = %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("directory holds %d entries, want only x.pdf: %v", len(entries), entries)
			}
		})
	}
}

func TestWriteFileMissingDir(t *testing.T) {
	err := WriteFile(context.Background(), filepath.Join(t.TempDir(), "no", "x.pdf"), []byte("x"), 0o644)
	if err == nil {
		t.Fatal("WriteFile into a missing directory succeeded")
	}
}

func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	files := map[string]bool{ // name -> should survive
		".a.pdf.tmp-123":         false,
		"sub/.b.epub.tmp-9":      false,
		"a.pdf":                  true,
		".briefpress-cache.json": true,
		"tmp-notes.txt":          true,
	}
	for name := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	n, err := CleanStale(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("removed %d files, want 2", n)
	}
	for name, keep := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if exists := err == nil; exists != keep {
			t.Errorf("%s exists = %v, want %v", name, exists, keep)
		}
	}
	if n, err := CleanStale(filepath.Join(dir, "missing")); n != 0 || err != nil {
		t.Errorf("CleanStale(missing) = %d, %v; want 0, nil", n, err)
	}
}

// BenchmarkWriteFile measures an atomic write of an EPUB-sized file
// (temp file, fsync, rename, directory sync).
func BenchmarkWriteFile(b *testing.B) {
	data := make([]byte, 2<<20)
	path := filepath.Join(b.TempDir(), "x.epub")
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := WriteFile(context.Background(), path, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
}
