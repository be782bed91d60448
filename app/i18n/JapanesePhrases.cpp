#include "JapanesePhrases.h"

namespace {

constexpr QChar WordJoiner(0x2060);

bool isHiragana(QChar c)
{
    return c.unicode() >= 0x3041 && c.unicode() <= 0x309F;
}

bool isKatakana(QChar c)
{
    return (c.unicode() >= 0x30A0 && c.unicode() <= 0x30FF) || (c.unicode() >= 0xFF66 && c.unicode() <= 0xFF9F);
}

bool isIdeograph(QChar c)
{
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || (c.unicode() >= 0x3400 && c.unicode() <= 0x4DBF)
        || c.unicode() == 0x3005; // 々
}

bool isOpening(QChar c)
{
    return QStringView(u"（「『【〔［｛〈《").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u"）」』】〕］｝〉》").contains(c);
}

bool isPunctuation(QChar c)
{
    // CJK symbols and punctuation, and the full-width forms of ASCII punctuation.
    return (c.unicode() >= 0x3000 && c.unicode() <= 0x303F && c.unicode() != 0x3005)
        || (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF0F) || (c.unicode() >= 0xFF1A && c.unicode() <= 0xFF20)
        || (c.unicode() >= 0xFF3B && c.unicode() <= 0xFF40) || (c.unicode() >= 0xFF5B && c.unicode() <= 0xFF65)
        || c.unicode() == 0x30FB; // ・
}

bool isJapanese(QChar c)
{
    return isHiragana(c) || isKatakana(c) || isIdeograph(c) || isPunctuation(c);
}

// Whether a phrase may end between `before` and `after`, two Japanese characters.
bool phraseEnds(QChar before, QChar after)
{
    if (isOpening(after))
        return true;
    if (isPunctuation(after))
        return false; // never start a line with punctuation
    if (isPunctuation(before)) // a particle stays with the bracket it follows: （…）を
        return !isOpening(before) && !(isClosing(before) && isHiragana(after));
    return isHiragana(before) && !isHiragana(after) && after.unicode() != 0x30FC; // ー follows its kana
}

} // namespace

QStringList JapanesePhrases::phrases(const QString &text)
{
    QStringList result;
    QString current;
    int japaneseRun = 0; // characters since the last place a line may break
    for (const QChar c : text) {
        if (!current.isEmpty()) {
            const QChar before = current.back();
            const bool bothJapanese = isJapanese(before) && isJapanese(c);
            if (bothJapanese && (phraseEnds(before, c) || japaneseRun >= MaximumPhrase)) {
                result.append(current);
                current.clear();
                japaneseRun = 0;
            } else if (!bothJapanese) {
                // Between Japanese and other text, Qt's own rules decide, as between words.
                if (!current.isEmpty() && (before.isSpace() || c.isSpace() || !isJapanese(before) != !isJapanese(c))) {
                    result.append(current);
                    current.clear();
                }
                japaneseRun = 0;
            }
        }
        current.append(c);
        if (isJapanese(c))
            ++japaneseRun;
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

QString JapanesePhrases::keepPhrasesWhole(const QString &text)
{
    QString joined;
    joined.reserve(text.size() * 2);
    for (const QString &phrase : phrases(text)) {
        for (qsizetype i = 0; i < phrase.size(); ++i) {
            if (i > 0 && isJapanese(phrase.at(i - 1)) && isJapanese(phrase.at(i)))
                joined.append(WordJoiner);
            joined.append(phrase.at(i));
        }
    }
    return joined;
}

QString JapanesePhrases::forDisplay(const QString &text, const QString &language)
{
    return language.startsWith(QLatin1String("ja")) ? keepPhrasesWhole(text) : text;
}
