#pragma once

#include "catalogue/Sim3Model.h"
#include "domain/Assessment.h"

#include <QCoreApplication>

// The answers of one assessment as CSV, one row per parameter of its model. UTF-8 with a byte
// order mark and CRLF line ends, so that spreadsheets open Japanese text correctly; cells that a
// spreadsheet would run as a formula are prefixed with an apostrophe.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    static QByteArray write(const Assessment &assessment, const Sim3Model &model, const QString &language);
    // One CSV field, quoted when it needs to be.
    static QString field(const QString &value);
};
