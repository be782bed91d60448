#include "ReportBuilder.h"

#include "charts/ChartTextObject.h"
#include "charts/ReportCharts.h"
#include "domain/LevelText.h"
#include "report/ReportPagination.h"
#include "report/ReportTable.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

#include <algorithm>

using namespace Qt::StringLiterals;

ReportBuilder::ReportBuilder(const ReportContent &content, const ReportTexts &texts, Charts charts)
    : m_content(content)
    , m_data(content.data())
    , m_texts(texts)
    , m_charts(charts)
{
}

std::unique_ptr<QTextDocument> ReportBuilder::build(qreal pageWidth, qreal unitsPerPoint)
{
    return build(pageWidth, unitsPerPoint, nullptr, QSizeF());
}

std::unique_ptr<QTextDocument> ReportBuilder::build(
    qreal pageWidth, qreal unitsPerPoint, QPaintDevice *device, QSizeF pageSize)
{
    m_unitsPerPoint = unitsPerPoint;
    auto document = std::make_unique<QTextDocument>();
    m_document = document.get();
    if (device) {
        m_document->documentLayout()->setPaintDevice(device);
        m_document->setPageSize(pageSize);
    }
    m_chartObjects = new ChartTextObject(m_document);
    // DejaVu first: its TrueType glyphs keep their text when a reader copies or searches (with
    // Noto CJK first, Qt's PDF writer lost the digits). Japanese in IPAex Gothic, a TrueType font
    // made for Japanese documents: Qt embeds its glyphs as they are, where Noto Sans CJK's CFF
    // outlines are converted one by one (a quarter of a Japanese report's time). Noto Sans CJK
    // remains the fallback where IPAex is not installed.
    QFont font(u"DejaVu Sans"_s);
    font.setFamilies({u"DejaVu Sans"_s, u"IPAexGothic"_s, u"Noto Sans CJK JP"_s});
    font.setPointSizeF(9.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
    QTextCursor c(m_document);
    // One edit block: the layout runs once at the end instead of after every inserted cell,
    // which made a report take seconds.
    c.beginEditBlock();
    cover(c);
    summary(c);
    charts(c, pageWidth);
    plan(c);
    disputes(c);
    appendix(c);
    method(c);
    c.endEditBlock();
    return document;
}

void ReportBuilder::heading(QTextCursor &c, const QString &text, bool newPage)
{
    QTextBlockFormat block;
    block.setTopMargin(newPage ? 0 : 14);
    block.setBottomMargin(6);
    if (newPage)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    ReportPagination::keepWithNext(block);
    QTextCharFormat f;
    f.setFontPointSize(15);
    f.setFontWeight(QFont::Bold);
    c.insertBlock(block, f);
    c.insertText(text, f);
}

void ReportBuilder::paragraph(QTextCursor &c, const QString &text, bool bold)
{
    QTextBlockFormat block;
    block.setBottomMargin(4);
    QTextCharFormat f;
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontPointSize(9.5);
    c.insertBlock(block, f);
    c.insertText(text, f);
}

void ReportBuilder::cover(QTextCursor &c)
{
    QTextBlockFormat top;
    top.setTopMargin(90);
    QTextCharFormat small;
    small.setFontPointSize(11);
    small.setForeground(QColor(90, 90, 90));
    c.setBlockFormat(top);
    c.insertText(t(QT_TRANSLATE_NOOP("Report", "SIM3 maturity assessment")), small);
    QTextCharFormat title;
    title.setFontPointSize(26);
    title.setFontWeight(QFont::Bold);
    QTextBlockFormat titleBlock;
    titleBlock.setTopMargin(8);
    c.insertBlock(titleBlock, title);
    c.insertText(m_data.team.name, title);
    QTextCharFormat sub;
    sub.setFontPointSize(16);
    c.insertBlock(QTextBlockFormat(), sub);
    c.insertText(m_data.assessment.title, sub);

    QTextBlockFormat gap;
    gap.setTopMargin(30);
    c.insertBlock(gap);
    const QStringList rows = {
        t(QT_TRANSLATE_NOOP("Report", "Date of the assessment")),
        date(m_data.assessment.date),
        t(QT_TRANSLATE_NOOP("Report", "Assessors")),
        m_data.assessment.assessors.isEmpty() ? u"–"_s : m_data.assessment.assessors.join(u", "_s),
        t(QT_TRANSLATE_NOOP("Report", "Status")),
        m_data.assessment.status == Assessment::Status::Final ? t(QT_TRANSLATE_NOOP("Report", "Final"))
                                                              : t(QT_TRANSLATE_NOOP("Report", "Draft")),
        t(QT_TRANSLATE_NOOP("Report", "Target profile")),
        m_data.profile ? m_data.profile->name : t(QT_TRANSLATE_NOOP("Report", "None")),
        t(QT_TRANSLATE_NOOP("Report", "SIM3 model")),
        // Once, in the report's language: the name says the version ("SIM3 v2 interim").
        m_data.model.name().text(m_data.language),
        t(QT_TRANSLATE_NOOP("Report", "Information sharing")),
        m_data.tlp,
    };
    QTextTableFormat f;
    f.setBorder(0);
    f.setCellPadding(4);
    f.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68)});
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *info = c.insertTable(static_cast<int>(rows.size() / 2), 2, f);
    for (int i = 0; i < rows.size() / 2; ++i) {
        ReportTable::cell(info, i, 0, rows.at(qsizetype(i) * 2), true);
        ReportTable::cell(info, i, 1, rows.at(qsizetype(i) * 2 + 1));
    }
    c.movePosition(QTextCursor::End);
    QTextBlockFormat note;
    note.setTopMargin(40);
    QTextCharFormat noteFormat;
    noteFormat.setFontPointSize(8.5);
    noteFormat.setForeground(QColor(90, 90, 90));
    c.insertBlock(note, noteFormat);
    c.insertText(t(QT_TRANSLATE_NOOP("Report",
                     "SIM3 is maintained by the Open CSIRT Foundation. Parameter summaries and "
                     "level guidance in this report are SIM3 Workbench's own wording.")),
        noteFormat);
}

void ReportBuilder::summary(QTextCursor &c)
{
    const GapAnalysis &analysis = m_content.analysis();
    const CategorySummary &all = analysis.overall();
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Executive summary")), true);
    if (all.withTarget > 0) {
        paragraph(c,
            t(QT_TRANSLATE_NOOP("Report",
                  "%1 of %2 compared parameters meet their target (%3 %): %4 on target, %5 above; %6 are below "
                  "it. %7 are not compared (not applicable, unanswered or without a target)."))
                .arg(all.meeting)
                .arg(all.withTarget)
                .arg(qRound(*all.shareAtTarget() * 100))
                .arg(all.onTarget())
                .arg(all.above)
                .arg(all.below)
                .arg(all.notCompared()),
            true);
    } else {
        paragraph(c,
            t(QT_TRANSLATE_NOOP("Report", "No target profile is compared: the report shows current levels only.")),
            true);
    }
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report",
              "%1 of %2 parameters answered, %3 not applicable, %4 unanswered. "
              "Not applicable and unanswered parameters are never counted as zero."))
            .arg(all.answered)
            .arg(all.parameters)
            .arg(all.notApplicable)
            .arg(all.unanswered));
    if (const QStringList unconfirmed = m_data.unconfirmedParameters(); !unconfirmed.isEmpty()) {
        paragraph(c,
            t(QT_TRANSLATE_NOOP("Report",
                  "%1 answer(s) were carried over from the previous assessment and nobody has confirmed them yet: "
                  "%2. They are counted above as given; the report stays a draft until they are confirmed."))
                .arg(QString::number(unconfirmed.size()), unconfirmed.join(u", "_s)),
            true);
    }

    QTextTable *cats = ReportTable::insert(c,
        {t(QT_TRANSLATE_NOOP("Report", "Category")), t(QT_TRANSLATE_NOOP("Report", "Current (avg.)")),
            t(QT_TRANSLATE_NOOP("Report", "Target (avg.)")), t(QT_TRANSLATE_NOOP("Report", "Below")),
            t(QT_TRANSLATE_NOOP("Report", "On target")), t(QT_TRANSLATE_NOOP("Report", "Above")),
            t(QT_TRANSLATE_NOOP("Report", "Not compared"))},
        static_cast<int>(analysis.categories().size()), {28, 12, 12, 12, 12, 12, 12});
    for (int i = 0; i < analysis.categories().size(); ++i) {
        const CategorySummary &s = analysis.categories().at(i);
        const Category *category = m_data.model.category(s.categoryId);
        ReportTable::cell(
            cats, i + 1, 0, u"%1 %2"_s.arg(s.categoryId, category ? category->name.text(m_data.language) : QString()));
        ReportTable::cell(cats, i + 1, 1, s.averageCurrent ? number(*s.averageCurrent, 2) : LevelText::none());
        ReportTable::cell(cats, i + 1, 2, s.averageTarget ? number(*s.averageTarget, 2) : LevelText::none());
        // Below, on target, above and not compared add up to the category's parameters.
        ReportTable::cell(cats, i + 1, 3, QString::number(s.below));
        ReportTable::cell(cats, i + 1, 4, QString::number(s.onTarget()));
        ReportTable::cell(cats, i + 1, 5, QString::number(s.above));
        ReportTable::cell(cats, i + 1, 6, QString::number(s.notCompared()));
    }
    c.movePosition(QTextCursor::End);

    const QList<ReportContent::PlanRow> &plan = m_content.plan();
    const QStringList &above = m_content.aboveTarget();
    // How the gaps are spread, largest first, rather than "the five largest" picked out of a tie.
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Gaps to the targets")), false);
    if (plan.isEmpty())
        paragraph(c, t(QT_TRANSLATE_NOOP("Report", "No parameter is below its target.")));
    for (qsizetype first = 0; first < plan.size();) {
        const int gap = plan.at(first).gap();
        QStringList names;
        qsizetype last = first;
        for (; last < plan.size() && plan.at(last).gap() == gap; ++last)
            names.append(u"%1 %2"_s.arg(plan.at(last).parameterId, plan.at(last).name));
        // A long list names the first ones; the improvement plan below has them all.
        constexpr qsizetype Named = 8;
        QString list = names.mid(0, Named).join(t(QT_TRANSLATE_NOOP("Report", ", ")));
        if (names.size() > Named)
            list = t(QT_TRANSLATE_NOOP("Report", "%1 and %2 more (all in the improvement plan)"))
                       .arg(list)
                       .arg(names.size() - Named);
        paragraph(c,
            gap == 1 ? t(QT_TRANSLATE_NOOP("Report", "One level below target: %1.")).arg(list)
                     : t(QT_TRANSLATE_NOOP("Report", "%1 levels below target: %2.")).arg(QString::number(gap), list));
        first = last;
    }
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Above target")), false);
    paragraph(c,
        above.isEmpty() ? t(QT_TRANSLATE_NOOP("Report", "No parameter is above its target."))
                        : t(QT_TRANSLATE_NOOP("Report", "Possibly more than the team needs to invest in: %1"))
                              .arg(above.join(u", "_s)));

    heading(c, t(QT_TRANSLATE_NOOP("Report", "Since the previous assessment")), false);
    if (!m_data.previous) {
        paragraph(c, t(QT_TRANSLATE_NOOP("Report", "This is the team's first assessment.")));
        return;
    }
    const auto changes = [](const QList<ReportContent::Change> &list) {
        QStringList items;
        for (const ReportContent::Change &change : list)
            items.append(u"%1 (%2)"_s.arg(change.parameterId, LevelText::step(change.earlier, change.later)));
        return items;
    };
    const QStringList improved = changes(m_content.improved());
    const QStringList regressed = changes(m_content.regressed());
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report", "Compared with \"%1\" of %2:"))
            .arg(m_data.previous->title, date(m_data.previous->date)));
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report", "Improved (%1): %2"))
            .arg(improved.size())
            .arg(improved.isEmpty() ? u"–"_s : improved.join(u", "_s)));
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report", "Regressed (%1): %2"))
            .arg(regressed.size())
            .arg(regressed.isEmpty() ? u"–"_s : regressed.join(u", "_s)));
}

void ReportBuilder::charts(QTextCursor &c, qreal pageWidth)
{
    const GapAnalysis &analysis = m_content.analysis();
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Current against target")), true);
    const ReportCharts::Texts texts{t(QT_TRANSLATE_NOOP("Report", "All parameters")),
        t(QT_TRANSLATE_NOOP("Report", "Average level per category")), t(QT_TRANSLATE_NOOP("Report", "Current")),
        t(QT_TRANSLATE_NOOP("Report", "Target")), t(QT_TRANSLATE_NOOP("Report", "Current (average)")),
        t(QT_TRANSLATE_NOOP("Report", "Target (average)")), t(QT_TRANSLATE_NOOP("Report", " (N/A)")),
        t(QT_TRANSLATE_NOOP("Report", " (?)"))};
    ReportCharts::insert(c, m_document, m_charts == Charts::Vector ? m_chartObjects : nullptr, analysis, m_data.model,
        m_data.language, texts, pageWidth, m_unitsPerPoint);
}

void ReportBuilder::plan(QTextCursor &c)
{
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Improvement plan")), true);
    const QList<ReportContent::PlanRow> &below = m_content.plan();
    if (below.isEmpty()) {
        paragraph(c, t(QT_TRANSLATE_NOOP("Report", "No parameter is below its target.")));
        return;
    }
    QTextTable *p = ReportTable::insert(c,
        {t(QT_TRANSLATE_NOOP("Report", "Parameter")), t(QT_TRANSLATE_NOOP("Report", "Level")),
            t(QT_TRANSLATE_NOOP("Report", "Why this target")), t(QT_TRANSLATE_NOOP("Report", "Comment")),
            t(QT_TRANSLATE_NOOP("Report", "Owner, due"))},
        static_cast<int>(below.size()), {20, 9, 26, 26, 19});
    for (int i = 0; i < below.size(); ++i) {
        const ReportContent::PlanRow &r = below.at(i);
        ReportTable::cell(p, i + 1, 0, u"%1 %2"_s.arg(r.parameterId, r.name));
        ReportTable::cell(
            p, i + 1, 1, u"%1 → %2 (%3)"_s.arg(r.current).arg(r.target).arg(LevelText::signedDifference(r.gap())));
        // What the plan still lacks is said, not left blank: a reader cannot tell blank from lost.
        if (r.rationale.isEmpty())
            ReportTable::missing(p, i + 1, 2, t(QT_TRANSLATE_NOOP("Report", "no reason given yet")));
        else
            ReportTable::cell(p, i + 1, 2, shortened(r.rationale, ReportTexts::MaxCellText));
        ReportTable::cell(p, i + 1, 3, shortened(r.comment, ReportTexts::MaxCellText));
        if (r.owner.isEmpty()) {
            const QString noOwner = t(QT_TRANSLATE_NOOP("Report", "no owner yet"));
            ReportTable::missing(p, i + 1, 4, r.due.isValid() ? noOwner + QChar::LineSeparator + date(r.due) : noOwner);
        } else {
            QStringList owner{shortened(r.owner, ReportTexts::MaxItemText)};
            if (r.due.isValid())
                owner.append(date(r.due));
            ReportTable::cell(p, i + 1, 4, owner.join(QChar::LineSeparator)); // a date is not broken
        }
    }
    c.movePosition(QTextCursor::End);
}

void ReportBuilder::disputes(QTextCursor &c)
{
    if (!m_content.hasWorkshop())
        return;
    const QList<ReportContent::Dispute> &disputes = m_content.disputes();
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Where the team disagreed")), !disputes.isEmpty());
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report",
              "The participants (%1) rated each parameter on their own before the team agreed on its level. A "
              "parameter is disputed when the ratings lie %2 or more levels apart."))
                .arg(m_data.participants.size())
                .arg(m_data.disputeThreshold)
            + u' '
            + (m_data.namedRatings
                    ? t(QT_TRANSLATE_NOOP("Report", "Ratings are shown with names, as chosen for this report."))
                    : t(QT_TRANSLATE_NOOP("Report", "Ratings are shown without names."))));
    if (disputes.isEmpty()) {
        paragraph(c, t(QT_TRANSLATE_NOOP("Report", "No parameter was disputed.")));
        return;
    }
    QTextTable *d = ReportTable::insert(c,
        {t(QT_TRANSLATE_NOOP("Report", "Parameter")), t(QT_TRANSLATE_NOOP("Report", "Ratings")),
            t(QT_TRANSLATE_NOOP("Report", "Team's level")), t(QT_TRANSLATE_NOOP("Report", "Dissent"))},
        static_cast<int>(disputes.size()), {22, 24, 14, 40});
    for (int i = 0; i < disputes.size(); ++i) {
        const ReportContent::Dispute &r = disputes.at(i);
        ReportTable::cell(d, i + 1, 0, u"%1 %2"_s.arg(r.parameterId, r.name));
        ReportTable::cell(
            d, i + 1, 1, m_data.namedRatings ? namedRatings(r.parameterId) : m_texts.distribution(r.spread));
        ReportTable::cell(d, i + 1, 2,
            r.consensus.notApplicable ? t(QT_TRANSLATE_NOOP("Report", "N/A")) : LevelText::of(r.consensus.level));
        ReportTable::cell(d, i + 1, 3, shortened(r.dissent, ReportTexts::MaxCellText));
    }
    c.movePosition(QTextCursor::End);
}

QString ReportBuilder::namedRatings(const QString &parameterId) const
{
    // In participant order: "Aiko 2, Ben 3, Chie N/A".
    const QList<Rating> ratings = m_data.ratings.value(parameterId).ratings;
    QStringList parts;
    for (const Participant &p : m_data.participants) {
        for (const Rating &r : ratings) {
            if (r.participantUuid != p.uuid)
                continue;
            const QString value = r.kind == Rating::Kind::Level ? QString::number(r.level)
                : r.kind == Rating::Kind::NotApplicable         ? t(QT_TRANSLATE_NOOP("Report", "N/A"))
                                                                : t(QT_TRANSLATE_NOOP("Report", "abstained"));
            parts.append(u"%1 %2"_s.arg(shortened(p.name, ReportTexts::MaxItemText), value));
        }
    }
    return parts.join(u", "_s);
}

void ReportBuilder::appendix(QTextCursor &c)
{
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Appendix: every parameter")), true);
    const QList<Parameter> &params = m_data.model.parameters();
    QTextTable *a = ReportTable::insert(c,
        {t(QT_TRANSLATE_NOOP("Report", "Parameter")), t(QT_TRANSLATE_NOOP("Report", "Level")),
            t(QT_TRANSLATE_NOOP("Report", "Target")), t(QT_TRANSLATE_NOOP("Report", "Comment")),
            t(QT_TRANSLATE_NOOP("Report", "Evidence"))},
        static_cast<int>(params.size()), {23, 19, 8, 27, 23});
    for (int i = 0; i < params.size(); ++i) {
        const Parameter &p = params.at(i);
        const Answer answer = m_data.assessment.answers.value(p.id);
        QString name = u"%1 %2"_s.arg(p.id, p.markedName(m_data.language));
        if (answer.reviewFlag)
            name += u"\n"_s + t(QT_TRANSLATE_NOOP("Report", "flagged for review"));
        if (answer.awaitsConfirmation())
            name += u"\n"_s + t(QT_TRANSLATE_NOOP("Report", "carried over, not confirmed"));
        ReportTable::cell(a, i + 1, 0, name);
        if (answer.notApplicable)
            ReportTable::cell(a, i + 1, 1,
                t(QT_TRANSLATE_NOOP("Report", "N/A: %1"))
                    .arg(shortened(answer.justification, ReportTexts::MaxCellText)));
        else
            ReportTable::cell(a, i + 1, 1,
                m_content.spread(p.id).min ? LevelText::of(answer.level) + u"\n"_s
                        + t(QT_TRANSLATE_NOOP("Report", "ratings %1")).arg(m_texts.range(m_content.spread(p.id)))
                                           : LevelText::of(answer.level));
        const std::optional<int> target = m_data.profile ? m_data.profile->targets.value(p.id).level : std::nullopt;
        ReportTable::cell(a, i + 1, 2, LevelText::of(target));
        ReportTable::cell(a, i + 1, 3, shortened(answer.comment, ReportTexts::MaxCellText));
        QStringList evidence;
        for (const Evidence &e : answer.evidence.mid(0, ReportTexts::MaxEvidenceShown)) {
            QString item = shortened(e.title, ReportTexts::MaxItemText);
            if (!e.location.isEmpty())
                item += u" — "_s + shortened(e.location, ReportTexts::MaxItemText);
            if (e.date.isValid())
                item += u" ("_s + date(e.date) + u')';
            evidence.append(item);
        }
        if (answer.evidence.size() > ReportTexts::MaxEvidenceShown)
            evidence.append(t(QT_TRANSLATE_NOOP("Report", "… and %1 more evidence item(s), listed in the assessment"))
                                .arg(answer.evidence.size() - ReportTexts::MaxEvidenceShown));
        ReportTable::cell(a, i + 1, 4, evidence.join(u"\n"_s));
    }
    c.movePosition(QTextCursor::End);
    nameNotes(c);
}

void ReportBuilder::nameNotes(QTextCursor &c)
{
    // One footnote per reason, naming the parameters it applies to, in the model's order.
    const auto inReportLanguage = [this](const char *source) { return m_texts.translate("NameProvenance", source); };
    bool first = true;
    for (const NameProvenance::Kind kind :
        {NameProvenance::Topic, NameProvenance::Recalled, NameProvenance::Assumed, NameProvenance::Unverified}) {
        QStringList ids;
        for (const Parameter &p : m_data.model.parameters()) {
            if (p.provenance == kind)
                ids.append(p.id);
        }
        if (ids.isEmpty())
            continue;
        const QString reason = t(QT_TRANSLATE_NOOP("Report", "%1 (%2)"))
                                   .arg(inReportLanguage(NameProvenance::reasonSource(kind)), ids.join(u", "_s));
        QTextBlockFormat block;
        block.setTopMargin(first ? 6 : 0);
        block.setBottomMargin(3);
        QTextCharFormat f;
        f.setFontPointSize(8.5);
        c.insertBlock(block, f);
        c.insertText(
            NameProvenance::marker() + u' ' + inReportLanguage(NameProvenance::explanationFrameSource()).arg(reason),
            f);
        first = false;
    }
}

void ReportBuilder::method(QTextCursor &c)
{
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Method")), true);
    paragraph(c, t(QT_TRANSLATE_NOOP("Report", "SIM3 rates each parameter on five levels:")));
    QTextTable *levels = ReportTable::insert(
        c, {t(QT_TRANSLATE_NOOP("Report", "Level")), t(QT_TRANSLATE_NOOP("Report", "Meaning"))}, 5, {22, 78});
    for (int level = 0; level <= 4; ++level) {
        const LevelDefinition *def = m_data.model.level(level);
        ReportTable::cell(
            levels, level + 1, 0, u"%1 %2"_s.arg(level).arg(def ? def->shortLabel.text(m_data.language) : QString()));
        ReportTable::cell(levels, level + 1, 1, def ? def->longLabel.text(m_data.language) : QString());
    }
    c.movePosition(QTextCursor::End);
    heading(c, t(QT_TRANSLATE_NOOP("Report", "How the numbers are computed")), false);
    // The same explanation the dashboard gives, in the report's language.
    const QString text = m_texts.translate("GapAnalysis", GapAnalysis::methodSource());
    for (const QString &part : text.split(u"\n\n"_s))
        paragraph(c, part);
    if (m_content.hasWorkshop()) {
        heading(c, t(QT_TRANSLATE_NOOP("Report", "Ratings and consensus")), false);
        paragraph(c,
            t(QT_TRANSLATE_NOOP("Report",
                "Each participant rated each parameter on their own (a level, not applicable, or abstain); the "
                "ratings stayed hidden until they were revealed together, so that nobody anchored on the first "
                "number. The spread is the range of the levels given; not applicable and abstain never count as "
                "a level. The median was offered as a starting point, and the team then agreed on its level, "
                "which is the level this report uses everywhere. Where people disagreed, the dissent was "
                "recorded with the parameter.")));
    }
    heading(c, t(QT_TRANSLATE_NOOP("Report", "Source")), false);
    paragraph(c, m_data.model.source().note.text(m_data.language));
    paragraph(c,
        t(QT_TRANSLATE_NOOP("Report", "SIM3 model: %1, published by the %2. Official document: %3"))
            .arg(m_data.model.name().text(m_data.language), m_data.model.source().publisher,
                m_data.model.source().document));
}
