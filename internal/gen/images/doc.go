// Command images draws the example pictures with the standard library only:
// a map-like cover landscape (cover.jpg, 1600x900, JPEG quality 80), three
// bar charts (chart-water.png, chart-solar.png, chart-budget.png) whose value
// labels are drawn as seven-segment digits, so no font is needed, and a PNG
// logo mark with transparency (logo-mark.png) for the second example brand.
// Flags in (-out DIR), files out in that directory; the bytes are the same on
// every run.
package main
