// Command images draws the example pictures with the standard library only:
// a map-like cover landscape (cover.jpg, 1600x900, JPEG quality 80) and two
// bar charts (chart-water.png, chart-budget.png) whose value labels are drawn
// as seven-segment digits, so no font is needed. Flags in, files out in the
// -out directory; the bytes are the same on every run.
package main
