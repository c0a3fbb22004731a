package main

import (
	"fmt"
	"strings"
)

// ref is one CSL YAML reference of the generated briefs. An author is
// "Family, Given" or, without a comma, a literal (organisation) name.
// issued and accessed are written as given: "2022-09-15" or "[2022, 9]"
// (date-parts).
type ref struct {
	id, typ, title, container, publisher, url, issued, accessed, lang string
	authors                                                           []string
}

// refBank returns the references in order; the benchmark brief uses the
// first eight, which mix English and Arabic titles.
func refBank() []ref {
	return []ref{
		{id: "heat-atlas", typ: "report", title: "Urban Heat Atlas of the Eastern Mediterranean", publisher: "Regional Climate Observatory", url: "https://climate.example.org/heat-atlas", issued: "2024-05-14", accessed: "2026-01-10", authors: []string{"Regional Climate Observatory"}},
		{id: "budget-review", typ: "report", title: "مراجعة موازنات البلديات في المشرق العربي", publisher: "المرصد الإقليمي للمالية العامة", url: "https://finance.example.org/ar/budget-review", issued: "[2023, 6]", lang: "ar", authors: []string{"المرصد الإقليمي للمالية العامة"}},
		{id: "tariff-lessons", typ: "article-journal", title: "Water Tariff Reform: Lessons from Twelve Cities", container: "Journal of Applied Resource Policy", url: "https://doi.example.org/10.0000/jarp.2022.031", issued: "2022-03-01", authors: []string{"Haddad, Rami", "Costa, Elena"}},
		{id: "aquifers-ar", typ: "book", title: "المياه الجوفية المشتركة: الواقع والآفاق", publisher: "دار المشرق للنشر العلمي", issued: "[2021]", lang: "ar", authors: []string{"الخطيب, عمر"}},
		{id: "cooling-demand", typ: "article-journal", title: "Air Conditioning and Peak Electricity Demand in Hot Cities", container: "Energy Systems Review", url: "https://doi.example.org/10.0000/esr.2023.088", issued: "[2023, 11, 20]", authors: []string{"Nakamura, Ken", "Aziz, Farah"}},
		{id: "heat-health-ar", typ: "webpage", title: "موجات الحر والصحة العامة: دليل للبلديات", container: "منصة الصحة والمناخ", url: "https://health-climate.example/ar/guide", issued: "2024-07-01", accessed: "[2026, 2, 3]", lang: "ar", authors: []string{"منصة الصحة والمناخ"}},
		{id: "desal-outlook", typ: "report", title: "Desalination Outlook 2025", publisher: "Mediterranean Energy Forum", url: "https://energyforum.example.com/desal-2025", issued: "2025-01-28", accessed: "2026-01-22", authors: []string{"Okafor, Daniel"}},
		{id: "open-data", typ: "report", title: "Open Data for Utilities: A Practical Guide", publisher: "Levant Institute for Policy Research", url: "https://lipr.example.org/open-data", issued: "[2024, 10]", authors: []string{"Levant Institute for Policy Research"}},
		{id: "leaks-study", typ: "article-journal", title: "Non-Revenue Water in Middle-Income Utilities", container: "Water Economics Letters", url: "https://doi.example.org/10.0000/wel.2021.012", issued: "2021-02-15", authors: []string{"Petrov, Ivan"}},
		{id: "grid-ar", typ: "report", title: "الربط الكهربائي الإقليمي: فرص التجارة اليومية", publisher: "هيئة الربط الكهربائي الإقليمية", url: "https://grid.example.org/ar/trade", issued: "2025-04-09", lang: "ar", authors: []string{"هيئة الربط الكهربائي الإقليمية"}},
		{id: "trees-shade", typ: "article-journal", title: "Street Trees and Surface Temperatures: Evidence from Six Cities", container: "Urban Climate Studies", url: "https://doi.example.org/10.0000/ucs.2022.145", issued: "[2022, 8]", authors: []string{"Laurent, Sophie", "Mensah, Kofi"}},
		{id: "subsidy-ar", typ: "book", title: "إصلاح دعم الطاقة: التجارب والدروس", publisher: "دار الخليج للدراسات", issued: "[2020]", lang: "ar", authors: []string{"الدوسري, فهد"}},
		{id: "transfers", typ: "report", title: "Intergovernmental Transfers and Local Climate Spending", publisher: "Institute for Fiscal Studies of the South (fictional)", url: "https://fiscal.example.org/transfers", issued: "2023-09-30", accessed: "2026-01-05", authors: []string{"Ibrahim, Nour"}},
		{id: "drought-ar", typ: "article-newspaper", title: "الجفاف يقلص مساحات القمح المزروعة للعام الثالث", container: "صحيفة الساحل", url: "https://sahel-news.example.com/2024/03/wheat", issued: "2024-03-12", lang: "ar", authors: []string{"يوسف, ريم"}},
		{id: "insurance", typ: "report", title: "Insuring Against Heat and Drought", publisher: "Mediterranean Risk Forum", url: "https://riskforum.example.com/insurance", issued: "[2024, 2, 6]", authors: []string{"Mediterranean Risk Forum"}},
		{id: "storage", typ: "article-journal", title: "Battery Storage Costs in Hot Climates", container: "Energy Systems Review", url: "https://doi.example.org/10.0000/esr.2024.052", issued: "2024-08-09", authors: []string{"Ferreira, Lucas"}},
		{id: "informal-ar", typ: "report", title: "الأحياء غير الرسمية والخدمات الأساسية", publisher: "مركز دراسات المدن", url: "https://cities.example.org/ar/informal", issued: "[2022, 12]", accessed: "2026-02-11", lang: "ar", authors: []string{"مركز دراسات المدن"}},
		{id: "metering", typ: "article-journal", title: "Metering and Household Water Use: A Natural Experiment", container: "Water Economics Letters", url: "https://doi.example.org/10.0000/wel.2023.007", issued: "2023-01-19", authors: []string{"Rossi, Marco", "Salameh, Dina"}},
		{id: "lenders", typ: "report", title: "Development Finance for Urban Adaptation, 2015–2024", publisher: "Regional Development Bank (fictional)", url: "https://devbank.example.org/adaptation", issued: "2025-06-02", authors: []string{"Regional Development Bank"}},
		{id: "statistics-ar", typ: "webpage", title: "جودة الإحصاءات المائية في الدول العربية", container: "منصة المياه والبيئة", url: "https://water-platform.example/ar/statistics", issued: "2023-05-21", accessed: "[2026, 1, 30]", lang: "ar", authors: []string{"منصة المياه والبيئة"}},
		{id: "early-warning", typ: "report", title: "Early Warning Systems for Drought: A Review", publisher: "Regional Water Observatory", url: "https://observatory.example.org/early-warning", issued: "[2021, 5]", authors: []string{"Regional Water Observatory"}},
		{id: "cool-roofs", typ: "article-journal", title: "Cool Roofs in Arid Cities", container: "Urban Climate Studies", url: "https://doi.example.org/10.0000/ucs.2024.019", issued: "2024-04-04", authors: []string{"Khoury, Maya"}},
		{id: "solar-auctions", typ: "report", title: "Solar Auctions in the Gulf: Prices, Risks and Lessons", publisher: "Gulf Energy Council", url: "https://gec.example.org/reports/solar-auctions", issued: "2025-05-20", accessed: "2026-02-14", authors: []string{"Rahman, Aisha"}},
		{id: "groundwater-law", typ: "article-journal", title: "Groundwater Licensing and Enforcement", container: "Review of Water Law", url: "https://doi.example.org/10.0000/rwl.2020.004", issued: "[2020, 10, 1]", authors: []string{"Demir, Selin"}},
		{id: "adaptation-ar", typ: "report", title: "التكيف مع تغير المناخ في المدن العربية: إطار للعمل", publisher: "معهد المشرق لأبحاث السياسات", url: "https://lipr.example.org/ar/adaptation", issued: "2025-11-03", lang: "ar", authors: []string{"معهد المشرق لأبحاث السياسات"}},
	}
}

// writeRefs writes refs as the front matter's references list.
func writeRefs(b *strings.Builder, refs []ref) {
	b.WriteString("references:\n")
	for _, r := range refs {
		fmt.Fprintf(b, "  - id: %s\n    type: %s\n    title: %q\n", r.id, r.typ, r.title)
		if r.container != "" {
			fmt.Fprintf(b, "    container-title: %q\n", r.container)
		}
		if r.publisher != "" {
			fmt.Fprintf(b, "    publisher: %q\n", r.publisher)
		}
		if r.lang != "" {
			fmt.Fprintf(b, "    language: %s\n", r.lang)
		}
		if r.url != "" {
			fmt.Fprintf(b, "    URL: %s\n", r.url)
		}
		writeDate(b, "issued", r.issued)
		writeDate(b, "accessed", r.accessed)
		b.WriteString("    author:\n")
		for _, a := range r.authors {
			if family, given, ok := strings.Cut(a, ", "); ok {
				fmt.Fprintf(b, "      - family: %q\n        given: %q\n", family, given)
			} else {
				fmt.Fprintf(b, "      - literal: %q\n", a)
			}
		}
	}
}

// writeDate writes a CSL date: "[y, m, d]" as date-parts, anything else as
// an ISO date; nothing when empty.
func writeDate(b *strings.Builder, key, v string) {
	switch {
	case v == "":
	case strings.HasPrefix(v, "["):
		fmt.Fprintf(b, "    %s:\n      date-parts: [%s]\n", key, v)
	default:
		fmt.Fprintf(b, "    %s: %s\n", key, v)
	}
}
