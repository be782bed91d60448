#pragma once

#include <QCoreApplication>
#include <QString>

// How sure we are that a parameter's name is SIM3's official one: the model file's "provenance".
// Official, seen in a source and a team's own names count as verified; anything less is marked
// wherever people read the name (questionnaire, profile editor, report appendix), with the reason.
class NameProvenance final
{
    Q_DECLARE_TR_FUNCTIONS(NameProvenance)

public:
    enum Kind {
        Official, // taken from the official document
        Seen, // ID and name seen written in a public secondary source
        Custom, // a team's own model: the team wrote the name
        Topic, // the subject is confirmed, its exact official wording is not
        Recalled, // from knowledge of the model, not seen in a source we could read
        Assumed, // carried over from SIM3 v1 unchanged, which no public source confirms
        Unverified, // not found in any source we could read
    };

    // The model file's value; the schema admits only the values above, anything else reads as
    // Unverified, never as verified.
    static Kind fromString(const QString &value);
    static QString toString(Kind kind);
    static bool isVerified(Kind kind) { return kind == Official || kind == Seen || kind == Custom; }

    // The mark after an unverified name, and the footnote's first words.
    static QString marker() { return QStringLiteral("†"); }
    // The reason alone, untranslated source for the "NameProvenance" context (a report may be in
    // another language than the interface); nullptr for a verified kind.
    static const char *reasonSource(Kind kind);
    // "Name not verified against the official document: <reason>.", untranslated source.
    static const char *explanationFrameSource();
    // Both in the interface's language; empty for a verified kind.
    static QString explanation(Kind kind);
};
