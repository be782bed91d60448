#include "PdfTextLayer.h"

#include <QString>

#include <utility>

namespace {

// Radicals of the CJK Radicals Supplement drawn like a kanji in Japanese fonts; Unicode gives
// them no NFKC form, only an "equivalent unified ideograph" (Unihan).
constexpr std::pair<char16_t, char16_t> Supplement[] = {{0x2E8A, 0x535C}, {0x2EA0, 0x6C11}, {0x2EC4, 0x897F},
    {0x2EC6, 0x89D2}, {0x2ED1, 0x9577}, {0x2ED8, 0x9752}, {0x2EDD, 0x98DF}, {0x2EE4, 0x9B3C}, {0x2EE9, 0x9EC4},
    {0x2EEB, 0x6589}, {0x2EED, 0x6B6F}, {0x2EEF, 0x7ADC}, {0x2EF2, 0x4E80}};

// The kanji a radical stands for, as four upper-case hex digits, or an empty array.
QByteArray kanjiFor(const QByteArray &hex)
{
    bool ok = false;
    const uint code = hex.toUInt(&ok, 16);
    // CJK Radicals Supplement and Kangxi Radicals.
    if (!ok || code < 0x2E80 || code > 0x2FDF)
        return {};
    char16_t kanji = 0;
    for (const auto &[radical, ideograph] : Supplement) {
        if (radical == code)
            kanji = ideograph;
    }
    if (kanji == 0) {
        const QString normal = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
        if (normal.size() != 1 || normal.at(0).unicode() == code)
            return {};
        kanji = normal.at(0).unicode();
    }
    return QByteArray::number(kanji, 16).toUpper().rightJustified(4, '0');
}

// Replaces, in pdf[from, to), each "<XXXX>" destination code; `everyOther` for bfchar pairs
// (source, destination), else the codes inside [...] arrays and the third code of a range line.
int fixSection(QByteArray &pdf, qsizetype from, qsizetype to, bool pairs)
{
    int changed = 0;
    int tokenInLine = 0;
    bool inArray = false;
    for (qsizetype i = from; i < to; ++i) {
        const char c = pdf.at(i);
        if (c == '\n') {
            tokenInLine = 0;
            continue;
        }
        if (c == '[') {
            inArray = true;
            continue;
        }
        if (c == ']') {
            inArray = false;
            continue;
        }
        if (c != '<' || i + 5 >= to || pdf.at(i + 5) != '>')
            continue;
        ++tokenInLine;
        const bool destination = pairs ? tokenInLine % 2 == 0 : (inArray || tokenInLine == 3);
        if (destination) {
            const QByteArray kanji = kanjiFor(pdf.mid(i + 1, 4));
            if (!kanji.isEmpty()) {
                pdf.replace(i + 1, 4, kanji);
                ++changed;
            }
        }
        i += 5;
    }
    return changed;
}

int fixSections(QByteArray &pdf, const QByteArray &begin, const QByteArray &end, bool pairs)
{
    int changed = 0;
    qsizetype at = 0;
    while ((at = pdf.indexOf(begin, at)) >= 0) {
        const qsizetype stop = pdf.indexOf(end, at);
        if (stop < 0)
            break;
        changed += fixSection(pdf, at + begin.size(), stop, pairs);
        at = stop + end.size();
    }
    return changed;
}

} // namespace

int PdfTextLayer::mapRadicalsToKanji(QByteArray &pdf)
{
    return fixSections(pdf, "beginbfrange", "endbfrange", false) + fixSections(pdf, "beginbfchar", "endbfchar", true);
}
