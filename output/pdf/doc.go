// Package pdf writes a frame.Document as a PDF 1.7 file: Type0 fonts subset
// by glyph ID with ToUnicode maps from the shaper's clusters, TJ-positioned
// text, vector shapes, images, links, outline, page labels and metadata. It
// is a serializer of frames and makes no layout decisions. Output is
// deterministic: the same frames give the same bytes.
package pdf
