package pdf

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"hash"
	"io"
	"strconv"
	"strings"
	"unicode/utf16"
)

// ref is an indirect object number.
type ref int

// String returns the reference in "n 0 R" form.
func (r ref) String() string { return strconv.Itoa(int(r)) + " 0 R" }

// objWriter numbers objects, writes them through one buffered writer,
// records their offsets for the cross-reference table and hashes every
// byte for the file /ID. Object numbers are handed out in order of first
// use by alloc.
type objWriter struct {
	bw      *bufio.Writer
	sum     hash.Hash
	n       int64   // bytes written so far
	offsets []int64 // offsets[i] is the offset of object i+1
	level   int     // zlib level
	zbuf    bytes.Buffer
	zw      *zlib.Writer // reused for every stream
	err     error
}

func newObjWriter(w io.Writer, level int) *objWriter {
	return &objWriter{bw: bufio.NewWriterSize(w, 64<<10), sum: sha256.New(), level: level}
}

// alloc reserves the next object number.
func (o *objWriter) alloc() ref {
	o.offsets = append(o.offsets, -1)
	return ref(len(o.offsets))
}

// Write writes raw bytes, counting and hashing them. Errors are sticky
// inside one Write call only and returned by finish.
func (o *objWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.bw.Write(p)
	o.sum.Write(p[:n])
	o.n += int64(n)
	o.err = err
	return n, err
}

func (o *objWriter) str(s string) { _, _ = io.WriteString(o, s) }

func (o *objWriter) printf(format string, args ...any) { _, _ = fmt.Fprintf(o, format, args...) }

// obj writes a complete non-stream object with the given body.
func (o *objWriter) obj(r ref, body string) {
	o.begin(r)
	o.str(body)
	o.str("\nendobj\n")
}

func (o *objWriter) begin(r ref) {
	o.offsets[r-1] = o.n
	o.printf("%d 0 obj\n", r)
}

// stream writes a stream object. dict holds the entries besides /Length
// and /Filter (without the << >>). With compress, data is Flate-encoded.
func (o *objWriter) stream(r ref, dict string, data []byte, compress bool) {
	if compress {
		data = o.deflate(data)
		dict = "/Filter /FlateDecode " + dict
	}
	o.begin(r)
	o.printf("<<%s/Length %d>>\nstream\n", strings.TrimRight(dict, " ")+" ", len(data))
	_, _ = o.Write(data)
	o.str("\nendstream\nendobj\n")
}

// deflate compresses data with zlib at the writer's fixed level. The
// result is valid until the next call.
func (o *objWriter) deflate(data []byte) []byte {
	o.zbuf.Reset()
	if o.zw == nil {
		zw, err := zlib.NewWriterLevel(&o.zbuf, o.level)
		if err != nil {
			o.err = err
			return nil
		}
		o.zw = zw
	} else {
		o.zw.Reset(&o.zbuf)
	}
	_, _ = o.zw.Write(data)
	if err := o.zw.Close(); err != nil && o.err == nil {
		o.err = err
	}
	return o.zbuf.Bytes()
}

// finish writes the cross-reference table and trailer and flushes.
func (o *objWriter) finish(root, info ref) error {
	for i, off := range o.offsets {
		if off < 0 {
			return fmt.Errorf("pdf: internal error: object %d allocated but never written", i+1)
		}
	}
	id := fmt.Sprintf("%X", o.sum.Sum(nil)[:16])
	xref := o.n
	o.printf("xref\n0 %d\n0000000000 65535 f \n", len(o.offsets)+1)
	for _, off := range o.offsets {
		o.printf("%010d 00000 n \n", off)
	}
	o.printf("trailer\n<</Size %d /Root %s /Info %s /ID [<%s> <%s>]>>\nstartxref\n%d\n%%%%EOF\n",
		len(o.offsets)+1, root, info, id, id, xref)
	if o.err != nil {
		return o.err
	}
	return o.bw.Flush()
}

// num formats a number with at most 3 decimals and no trailing zeros.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 3, 64)
	if strings.IndexByte(s, '.') >= 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// name encodes a PDF name object (with the leading slash).
func name(s string) string {
	var b strings.Builder
	b.WriteByte('/')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || strings.IndexByte("#()<>[]{}/%", c) >= 0 {
			fmt.Fprintf(&b, "#%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// textString encodes s as a PDF text string: a literal string when it is
// plain ASCII, else UTF-16BE with a byte-order mark, in hex.
func textString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] < 0x20 {
			ascii = false
			break
		}
	}
	if ascii {
		return literal(s)
	}
	return utf16Hex(s, true)
}

// utf16Hex encodes s as a hex string of UTF-16BE code units, optionally
// with a byte-order mark.
func utf16Hex(s string, bom bool) string {
	var b strings.Builder
	b.WriteByte('<')
	if bom {
		b.WriteString("FEFF")
	}
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteByte('>')
	return b.String()
}

// literal encodes an ASCII string as a PDF literal string.
func literal(s string) string {
	var b strings.Builder
	b.WriteByte('(')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(')')
	return b.String()
}
