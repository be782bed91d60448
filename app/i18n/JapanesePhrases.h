#pragma once

#include <QString>
#include <QStringList>

// Line breaks between phrases, not inside words, for Japanese shown in the interface. Qt may
// break Japanese between any two characters ("承" at the end of a line, "認" on the next), which
// reads badly in long explanations. A light rule finds phrase ends: after punctuation, before an
// opening bracket, and where a run of hiragana (particles, verb endings) is followed by anything
// else. Inside a phrase the characters are joined by WORD JOINER (U+2060), which prints nothing.
// A phrase longer than MaximumPhrase characters may still break, so that no line overflows.
// For display only: never for text a person edits, or for the printed report (a PDF reader would
// copy the joiners).
namespace JapanesePhrases {

constexpr int MaximumPhrase = 16;

// The phrases of `text`, in order; joined, they give `text` again.
QStringList phrases(const QString &text);
// `text` with a word joiner between the characters of each phrase that Qt could split.
QString keepPhrasesWhole(const QString &text);
// keepPhrasesWhole() for Japanese ("ja", "ja_JP"), `text` unchanged in any other language.
QString forDisplay(const QString &text, const QString &language);

} // namespace JapanesePhrases
