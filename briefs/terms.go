package briefs

// Terms are the words briefpress itself prints, in one language: both
// outputs and the citation formatter take them from here, so the PDF and
// the EPUB say the same thing. Languages without a table get English.
type Terms struct {
	Contents  string // table of contents heading
	Sources   string // default sources-list heading
	Summary   string // label of the abstract box
	Draft     string // watermark word
	PageOf    string // default footer template, e.g. "{page} of {pages}"
	Accessed  string // citation label before the access date
	Cover     string // EPUB landmark labels
	TitlePage string
	BodyStart string
	About     string
	Landmarks string
	ListComma string // separator of names in a list
	Months    [12]string
}

var englishTerms = Terms{
	Contents: "Contents", Sources: "Sources", Summary: "Summary", Draft: "DRAFT",
	PageOf: "{page} of {pages}", Accessed: "accessed", Cover: "Cover", TitlePage: "Title page",
	BodyStart: "Start of content", About: "About", Landmarks: "Landmarks", ListComma: ", ",
	Months: [12]string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"},
}

var termsByLang = map[string]Terms{
	"ar": {
		Contents: "المحتويات", Sources: "المصادر", Summary: "ملخص", Draft: "مسودة",
		PageOf: "{page} من {pages}", Accessed: "تاريخ الاطلاع", Cover: "الغلاف", TitlePage: "صفحة العنوان",
		BodyStart: "بداية النص", About: "عن الناشر", Landmarks: "معالم الكتاب", ListComma: "، ",
		Months: [12]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
			"أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	},
	"fa": {
		Contents: "فهرست مطالب", Sources: "منابع", Summary: "چکیده", Draft: "پیش‌نویس",
		PageOf: "{page} از {pages}", Accessed: "تاریخ دسترسی", Cover: "جلد", TitlePage: "صفحهٔ عنوان",
		BodyStart: "آغاز متن", About: "دربارهٔ ناشر", Landmarks: "نشانه‌ها", ListComma: "، ",
		Months: [12]string{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه",
			"اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"},
	},
	"ur": {
		Contents: "فہرست", Sources: "ماخذ", Summary: "خلاصہ", Draft: "مسودہ",
		PageOf: "{page} از {pages}", Accessed: "رسائی", Cover: "سرورق", TitlePage: "سرورق کا صفحہ",
		BodyStart: "متن کا آغاز", About: "ناشر کے بارے میں", Landmarks: "نشانات", ListComma: "، ",
		Months: [12]string{"جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی",
			"اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"},
	},
}

// TermsFor returns the printed words for a BCP 47 language tag (by its
// primary subtag: "ar-EG" is Arabic), English when there is no table.
func TermsFor(lang string) Terms {
	if t, ok := termsByLang[baseLang(lang)]; ok {
		return t
	}
	return englishTerms
}
