package main

import (
	"bytes"
	"flag"
	"fmt"
	"image/jpeg"
	"image/png"
	"io"
	"os"
	"path/filepath"
)

// jpegQuality is fixed so the cover's bytes never change between runs.
const jpegQuality = 80

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "images:", err)
		os.Exit(1)
	}
}

// run parses the flags and writes every picture into the output directory.
func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("images", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "examples/assets", "output `directory`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, err := render()
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*out, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// file is one encoded picture and its file name.
type file struct {
	name string
	data []byte
}

// render draws and encodes every picture, in a fixed order.
func render() ([]file, error) {
	var files []file
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, drawCover(1600, 900), &jpeg.Options{Quality: jpegQuality}); err != nil {
		return nil, fmt.Errorf("cover.jpg: %w", err)
	}
	files = append(files, file{"cover.jpg", bytes.Clone(buf.Bytes())})
	for _, c := range charts() {
		buf.Reset()
		enc := png.Encoder{CompressionLevel: png.BestCompression}
		if err := enc.Encode(&buf, drawChart(c, 1200, 675)); err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		files = append(files, file{c.name, bytes.Clone(buf.Bytes())})
	}
	buf.Reset()
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, drawLogoMark(256)); err != nil {
		return nil, fmt.Errorf("logo-mark.png: %w", err)
	}
	files = append(files, file{"logo-mark.png", bytes.Clone(buf.Bytes())})
	return files, nil
}
