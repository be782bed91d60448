#pragma once

#include <QCoreApplication>

class Database;
class ModelCatalogue;
class QTextStream;

// What the "models" and "summary" commands print: a table for people or JSON for programs.
// Returns the command's exit status.
class CommandOutput final
{
    Q_DECLARE_TR_FUNCTIONS(CommandOutput)

public:
    CommandOutput(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int models(const ModelCatalogue &catalogue, bool json, const QString &language);
    // Per category and per parameter: current, target, gap, against the team's profile (or the
    // one named).
    int summary(Database &db, const ModelCatalogue &catalogue, qint64 assessmentId, const QString &profileName,
        bool json, const QString &language);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
