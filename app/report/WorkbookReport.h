#pragma once

#include "core/Result.h"
#include "report/ReportContent.h"
#include "report/ReportTexts.h"

#include <QCoreApplication>

// The report as a spreadsheet (XLSX) for those who plan in one: the improvement plan and every
// answer, each on a sheet with filters, a frozen header row and the TLP marking on every page.
class WorkbookReport final
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReport)

public:
    static Result<QByteArray> xlsx(const ReportContent &content, const ReportTexts &texts);
};
