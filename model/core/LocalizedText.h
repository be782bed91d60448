#pragma once

#include <QString>

// A text the catalogue holds in every language the application ships.
struct LocalizedText final
{
    QString en;
    QString ja;

    // The text in `language` ("en", "ja"; a locale name such as "ja_JP" works too),
    // falling back to English for any other language.
    QString text(const QString &language) const;

    bool isComplete() const;
    bool operator==(const LocalizedText &other) const { return en == other.en && ja == other.ja; }
};
