package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSIGTERMMidBuild runs the binary on 100 briefs, sends SIGTERM after
// the first brief is built, and checks the exit status, that no temporary
// file is left, that every output present is complete, and that an output
// of an unreached brief keeps its previous content.
func TestSIGTERMMidBuild(t *testing.T) {
	requirePipeline(t)
	bin, err := buildBinary()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	batch(t, dir, 100, -1)
	writeTree(t, dir, map[string]string{"dist/b099.pdf": "OLD"})
	cmd := exec.Command(bin, "build", "-j", "1", "briefs")
	cmd.Dir = dir
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	var log strings.Builder
	for sc.Scan() {
		log.WriteString(sc.Text() + "\n")
		if strings.HasPrefix(sc.Text(), "built briefs/") {
			break
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	for sc.Scan() {
		log.WriteString(sc.Text() + "\n")
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 143 {
		t.Errorf("exit %v, want status 143\n%s", err, log.String())
	}
	if tmp := tempFiles(t, filepath.Join(dir, "dist")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "dist"))
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, "dist", e.Name()))
		switch {
		case e.Name() == "b099.pdf":
			if string(data) != "OLD" && !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
				t.Errorf("b099.pdf is neither the old file nor a complete PDF")
			}
		case strings.HasSuffix(e.Name(), ".pdf"):
			if !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
				t.Errorf("%s is not a complete PDF", e.Name())
			}
		case strings.HasSuffix(e.Name(), ".epub"):
			if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
				t.Errorf("%s is not a complete EPUB: %v", e.Name(), err)
			}
		}
	}
}

// writePNG writes a w x h PNG of one colour.
func writePNG(t *testing.T, path string, c color.Color) {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := range 16 {
		img.Set(i%4, i/4, c)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls s until it contains want n times or the deadline passes.
func waitFor(t *testing.T, s *syncBuffer, want string, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for strings.Count(s.String(), want) < n {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %d× %q in:\n%s", n, want, s.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestWatch(t *testing.T) {
	requirePipeline(t)
	dir := t.TempDir()
	t.Chdir(dir)
	writeTree(t, dir, map[string]string{
		"w/a.md": brief(1) + "\n![A chart](chart.png)\n",
		"w/b.md": brief(2),
	})
	writePNG(t, filepath.Join(dir, "w", "chart.png"), color.RGBA{R: 255, A: 255})
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"briefpress", "watch", "-f", "pdf", "w"}, strings.NewReader(""), &out, &errb)
	}()
	waitFor(t, &errb, "watching for changes", 1)
	if !strings.Contains(errb.String(), "built w/a.md") || !strings.Contains(errb.String(), "built w/b.md") {
		t.Fatalf("first build missing:\n%s", errb.String())
	}

	writeTree(t, dir, map[string]string{"w/b.md": brief(2) + "\nEdited.\n"})
	waitFor(t, &errb, "built w/b.md", 2)
	writePNG(t, filepath.Join(dir, "w", "chart.png"), color.RGBA{B: 255, A: 255})
	waitFor(t, &errb, "built w/a.md", 2)
	if n := strings.Count(errb.String(), "built w/b.md"); n != 2 {
		t.Errorf("b.md built %d times, want 2 (it does not use the image)", n)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("watch exit %d, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("watch did not stop after cancellation")
	}
}
