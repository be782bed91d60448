#include "WorkbookReport.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

Result<QByteArray> WorkbookReport::xlsx(const ReportContent &content, const ReportTexts &text)
{
    const ReportData &data = content.data();
    using R = Result<QByteArray>;
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(tr("No temporary folder for the workbook: %1").arg(dir.errorString()));
    const QByteArray path = QFile::encodeName(dir.filePath(u"report.xlsx"_s));
    lxw_workbook *workbook = workbook_new(path.constData());
    if (!workbook)
        return R::failure(tr("The workbook could not be created."));
    lxw_format *head = workbook_add_format(workbook);
    format_set_bold(head);
    format_set_bg_color(head, 0xE8ECF2);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_text_wrap(head);
    lxw_format *wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    auto utf8 = [](const QString &s) { return s.toUtf8(); };
    auto sheetName = [&](const char *source) {
        // Sheet names may not hold []:*?/\ and are at most 31 characters.
        QString name = text.t(source);
        for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.remove(bad);
        return utf8(name.left(31));
    };
    auto headers = [&](lxw_worksheet *sheet, const QList<QPair<QString, double>> &columns) {
        for (int i = 0; i < columns.size(); ++i) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(i), utf8(columns.at(i).first).constData(), head);
            worksheet_set_column(
                sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), columns.at(i).second, wrap);
        }
        worksheet_freeze_panes(sheet, 1, 1);
        // Every printed page carries the marking (and DRAFT for a draft); "&&" is a literal "&".
        QString marking = data.tlp;
        if (data.isDraft())
            marking += u"  "_s + text.t(QT_TRANSLATE_NOOP("Report", "DRAFT"));
        marking.replace(u"&"_s, u"&&"_s);
        worksheet_set_header(sheet, utf8(u"&C"_s + marking).constData());
    };

    lxw_worksheet *plan
        = workbook_add_worksheet(workbook, sheetName(QT_TRANSLATE_NOOP("Report", "Improvement plan")).constData());
    headers(plan,
        {{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), 10}, {text.t(QT_TRANSLATE_NOOP("Report", "Name")), 32},
            {text.t(QT_TRANSLATE_NOOP("Report", "Current")), 9}, {text.t(QT_TRANSLATE_NOOP("Report", "Target")), 9},
            {text.t(QT_TRANSLATE_NOOP("Report", "Gap")), 7},
            {text.t(QT_TRANSLATE_NOOP("Report", "Why this target")), 40},
            {text.t(QT_TRANSLATE_NOOP("Report", "Comment")), 40}, {text.t(QT_TRANSLATE_NOOP("Report", "Owner")), 16},
            {text.t(QT_TRANSLATE_NOOP("Report", "Due")), 12}});
    lxw_row_t row = 1;
    for (const ReportContent::PlanRow &r : content.plan()) {
        worksheet_write_string(plan, row, 0, utf8(r.parameterId).constData(), wrap);
        worksheet_write_string(plan, row, 1, utf8(r.name).constData(), wrap);
        worksheet_write_number(plan, row, 2, r.current, nullptr);
        worksheet_write_number(plan, row, 3, r.target, nullptr);
        worksheet_write_number(plan, row, 4, r.gap(), nullptr);
        worksheet_write_string(plan, row, 5, utf8(r.rationale).constData(), wrap);
        worksheet_write_string(plan, row, 6, utf8(r.comment).constData(), wrap);
        worksheet_write_string(plan, row, 7, utf8(r.owner).constData(), wrap);
        worksheet_write_string(
            plan, row, 8, utf8(r.due.isValid() ? r.due.toString(Qt::ISODate) : QString()).constData(), wrap);
        ++row;
    }
    worksheet_autofilter(plan, 0, 0, std::max<lxw_row_t>(row - 1, 1), 8);

    lxw_worksheet *answers
        = workbook_add_worksheet(workbook, sheetName(QT_TRANSLATE_NOOP("Report", "All answers")).constData());
    headers(answers,
        {{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), 10}, {text.t(QT_TRANSLATE_NOOP("Report", "Name")), 32},
            {text.t(QT_TRANSLATE_NOOP("Report", "Level")), 8}, {text.t(QT_TRANSLATE_NOOP("Report", "Target")), 8},
            {text.t(QT_TRANSLATE_NOOP("Report", "Not applicable because")), 30},
            {text.t(QT_TRANSLATE_NOOP("Report", "Comment")), 40}, {text.t(QT_TRANSLATE_NOOP("Report", "Evidence")), 40},
            {text.t(QT_TRANSLATE_NOOP("Report", "Flagged for review")), 10}});
    row = 1;
    for (const Parameter &p : data.model.parameters()) {
        const Answer a = data.assessment.answers.value(p.id);
        worksheet_write_string(answers, row, 0, utf8(p.id).constData(), wrap);
        worksheet_write_string(answers, row, 1, utf8(p.name.text(data.language)).constData(), wrap);
        if (a.level)
            worksheet_write_number(answers, row, 2, *a.level, nullptr);
        const std::optional<int> target = data.profile ? data.profile->targets.value(p.id).level : std::nullopt;
        if (target)
            worksheet_write_number(answers, row, 3, *target, nullptr);
        worksheet_write_string(answers, row, 4, utf8(a.notApplicable ? a.justification : QString()).constData(), wrap);
        worksheet_write_string(answers, row, 5, utf8(a.comment).constData(), wrap);
        QStringList evidence;
        for (const Evidence &e : a.evidence)
            evidence.append(e.location.isEmpty() ? e.title : e.title + u" — "_s + e.location);
        worksheet_write_string(answers, row, 6, utf8(evidence.join(u"\n"_s)).constData(), wrap);
        worksheet_write_string(answers, row, 7, a.reviewFlag ? "✓" : "", wrap);
        ++row;
    }
    worksheet_autofilter(answers, 0, 0, row - 1, 7);
    if (content.hasWorkshop()) {
        // The room's ratings per parameter, without names: only revealed parameters have levels.
        lxw_worksheet *ratings
            = workbook_add_worksheet(workbook, sheetName(QT_TRANSLATE_NOOP("Report", "Ratings")).constData());
        headers(ratings,
            {{text.t(QT_TRANSLATE_NOOP("Report", "Parameter")), 10}, {text.t(QT_TRANSLATE_NOOP("Report", "Name")), 32},
                {text.t(QT_TRANSLATE_NOOP("Report", "Rated")), 7}, {text.t(QT_TRANSLATE_NOOP("Report", "Revealed")), 9},
                {text.t(QT_TRANSLATE_NOOP("Report", "Min")), 6}, {text.t(QT_TRANSLATE_NOOP("Report", "Max")), 6},
                {text.t(QT_TRANSLATE_NOOP("Report", "Median")), 8}, {u"0"_s, 5}, {u"1"_s, 5}, {u"2"_s, 5}, {u"3"_s, 5},
                {u"4"_s, 5}, {text.t(QT_TRANSLATE_NOOP("Report", "N/A")), 6},
                {text.t(QT_TRANSLATE_NOOP("Report", "abstained")), 9},
                {text.t(QT_TRANSLATE_NOOP("Report", "Disputed")), 9},
                {text.t(QT_TRANSLATE_NOOP("Report", "Team's level")), 9},
                {text.t(QT_TRANSLATE_NOOP("Report", "Dissent")), 40}});
        row = 1;
        for (const Parameter &p : data.model.parameters()) {
            const ParameterRatings r = data.ratings.value(p.id);
            const Answer a = data.assessment.answers.value(p.id);
            worksheet_write_string(ratings, row, 0, utf8(p.id).constData(), wrap);
            worksheet_write_string(ratings, row, 1, utf8(p.name.text(data.language)).constData(), wrap);
            worksheet_write_number(ratings, row, 2, static_cast<double>(r.ratedBy.size()), nullptr);
            worksheet_write_string(ratings, row, 3, r.revealed ? "✓" : "", wrap);
            const RatingSpread &s = r.spread;
            if (r.revealed && s.min) {
                worksheet_write_number(ratings, row, 4, *s.min, nullptr);
                worksheet_write_number(ratings, row, 5, *s.max, nullptr);
                worksheet_write_number(ratings, row, 6, *s.median, nullptr);
            }
            if (r.revealed) {
                for (int level = 0; level <= 4; ++level)
                    worksheet_write_number(ratings, row, static_cast<lxw_col_t>(7 + level),
                        s.counts.at(static_cast<std::size_t>(level)), nullptr);
                worksheet_write_number(ratings, row, 12, s.notApplicable, nullptr);
                worksheet_write_number(ratings, row, 13, s.abstained, nullptr);
                worksheet_write_string(ratings, row, 14, s.isDisputed(data.disputeThreshold) ? "✓" : "", wrap);
            }
            if (a.level)
                worksheet_write_number(ratings, row, 15, *a.level, nullptr);
            else if (a.notApplicable)
                worksheet_write_string(
                    ratings, row, 15, utf8(text.t(QT_TRANSLATE_NOOP("Report", "N/A"))).constData(), wrap);
            worksheet_write_string(ratings, row, 16, utf8(r.dissent).constData(), wrap);
            ++row;
        }
        worksheet_autofilter(ratings, 0, 0, row - 1, 16);
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        return R::failure(tr("The workbook could not be written."));
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The workbook could not be read back: %1").arg(file.errorString()));
    return R::success(file.readAll());
}
