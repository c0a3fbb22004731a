package briefs

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// monthName returns the name of month m (1..12) in lang: Arabic month
// names (يناير … ديسمبر) for Arabic, English otherwise.
func monthName(m int, lang string) string {
	if m < 1 || m > 12 {
		return ""
	}
	return TermsFor(lang).Months[m-1]
}

// FormatDate formats d for lang: "15 September 2022"; for Arabic, Arabic
// month names and Arabic-Indic digits ("١٥ سبتمبر ٢٠٢٢"). A partial date
// (Day or Month 0, as CSL allows) drops the missing parts.
func FormatDate(d Date, lang string) string {
	var parts []string
	if d.Day > 0 && d.Month > 0 {
		parts = append(parts, strconv.Itoa(d.Day))
	}
	if d.Month > 0 {
		parts = append(parts, monthName(d.Month, lang))
	}
	parts = append(parts, strconv.Itoa(d.Year))
	return LocalDigits(strings.Join(parts, " "), lang)
}

// LocalDigits replaces ASCII digits with Arabic-Indic digits (٠١٢…) for
// Arabic and with Extended Arabic-Indic digits (۰۱۲…) for Persian and
// Urdu; for other languages s is returned unchanged.
func LocalDigits(s, lang string) string {
	var zero rune
	switch baseLang(lang) {
	case "ar":
		zero = '٠'
	case "fa", "ur":
		zero = '۰'
	default:
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + (r - '0')
		}
		return r
	}, s)
}

// baseLang returns the lowercase primary subtag of a BCP 47 tag.
func baseLang(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}

// parseDate parses "YYYY-MM-DD" (partial "YYYY-MM" and "YYYY" when
// partial) and checks that the date exists.
func parseDate(s string, partial bool) (Date, error) {
	parts := strings.Split(s, "-")
	want := "YYYY-MM-DD"
	if partial {
		want = "YYYY-MM-DD, YYYY-MM or YYYY"
	}
	if len(parts) > 3 || (!partial && len(parts) != 3) {
		return Date{}, fmt.Errorf("%q is not a date (%s)", s, want)
	}
	var n [3]int
	for i, p := range parts {
		if len(p) != [...]int{4, 2, 2}[i] || strings.Trim(p, "0123456789") != "" {
			return Date{}, fmt.Errorf("%q is not a date (%s)", s, want)
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	return d, checkDate(d, s)
}

// checkDate reports whether the (possibly partial) date exists.
func checkDate(d Date, s string) error {
	if d.Month == 0 && d.Day == 0 {
		return nil
	}
	if d.Month < 1 || d.Month > 12 {
		return fmt.Errorf("%q is not a date: there is no month %d", s, d.Month)
	}
	if d.Day == 0 {
		return nil
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
	if d.Day < 1 || t.Day() != d.Day {
		return fmt.Errorf("%q is not a date: %s %d has no day %d", s, time.Month(d.Month), d.Year, d.Day)
	}
	return nil
}

// isoDate formats d as YYYY-MM-DD (or a shorter partial form).
func isoDate(d Date) string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}
