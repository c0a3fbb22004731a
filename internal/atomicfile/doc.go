// Package atomicfile writes files so that readers see either the old
// content or the complete new content, never a partial file: bytes go to a
// temporary file in the target's directory (".NAME.tmp-XXXX"), which is
// synced and then renamed into place. It also removes the temporary files
// an interrupted process left behind.
package atomicfile
