#pragma once

#include <QByteArray>

// Repairs the text layer of a PDF that Qt wrote, so that searching and copying find what is
// printed. Qt maps each glyph back to the lowest code point that uses it; CJK fonts draw a
// kanji and its look-alike Kangxi radical with one glyph, so 目 (U+76EE) came back as ⽬
// (U+2F6C), and a reader's search for 目標 found nothing. Every such mapping in the font's
// ToUnicode table is pointed at the kanji instead (the NFKC form of the radical). Each code has
// four hex digits before and after, so no offset in the file moves.
namespace PdfTextLayer {

// How many mappings were changed.
int mapRadicalsToKanji(QByteArray &pdf);

} // namespace PdfTextLayer
