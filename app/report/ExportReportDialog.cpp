#include "ExportReportDialog.h"

#include "catalogue/ModelCatalogue.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/ScreenFit.h"
#include "report/ReportWriter.h"
#include "storage/AssessmentRepository.h"
#include "storage/ProfileChoice.h"
#include "storage/ProfileRepository.h"
#include "storage/WorkshopRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>

using namespace Qt::StringLiterals;

ExportReportDialog::ExportReportDialog(
    Database &database, const ModelCatalogue &catalogue, qint64 assessmentId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_catalogue(catalogue)
    , m_assessmentId(assessmentId)
{
    setObjectName(u"exportReportDialog"_s);
    setWindowTitle(tr("Export Report"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"reportLanguage"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->setCurrentIndex(language == u"ja"_s ? 1 : 0);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"reportProfile"_s);
    m_profile->addItem(tr("No target profile"), QString());
    const Result<Assessment> assessment = AssessmentRepository(m_db).find(assessmentId);
    if (assessment) {
        if (const auto profiles = ProfileRepository(m_db).forTeam(assessment->teamId)) {
            for (const TargetProfile &p : profiles.value())
                m_profile->addItem(p.name, p.name);
        }
        const auto chosen = ProfileChoice::resolve(m_db, assessment->teamId);
        if (chosen && chosen.value())
            m_profile->setCurrentIndex(std::max(0, m_profile->findData(chosen.value()->name)));
    }
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(u"reportTlp"_s);
    for (const QString &marking : ReportData::tlpMarkings())
        m_tlp->addItem(marking, marking);
    m_tlp->setCurrentIndex(m_tlp->findData(u"TLP:AMBER"_s));
    m_page = new QComboBox(this);
    m_page->setObjectName(u"reportPage"_s);
    m_page->addItem(tr("A4"), u"a4"_s);
    m_page->addItem(tr("US Letter"), u"letter"_s);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"reportFormat"_s);
    m_format->addItem(tr("PDF, for reading and printing"), u"pdf"_s);
    m_format->addItem(tr("ODT, the same report to edit (LibreOffice, Word)"), u"odt"_s);
    m_format->addItem(tr("Excel workbook: improvement plan and all answers"), u"xlsx"_s);
    m_format->addItem(tr("CSV: the improvement plan"), u"csv"_s);
    m_names = new QCheckBox(tr("Name &who held which level where the team disagreed"), this);
    m_names->setObjectName(u"reportNames"_s);
    // Offered only with a workshop; a read failure shows when the report is collected.
    const Result<QList<Participant>> people = WorkshopRepository(m_db).participants(assessmentId);
    m_names->setVisible(people && !people->isEmpty());
    m_language->setAccessibleName(tr("Report language"));
    m_profile->setAccessibleName(tr("Target profile"));
    m_tlp->setAccessibleName(tr("Information sharing marking"));
    m_page->setAccessibleName(tr("Page size"));
    m_format->setAccessibleName(tr("Format"));

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"reportPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the report"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(560, 420);
    m_scroll->viewport()->installEventFilter(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(u"reportError"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Target &profile:"), m_profile);
    form->addRow(tr("&Marking:"), m_tlp);
    form->addRow(tr("Pa&ge size:"), m_page);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_names);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_error);
    side->addStretch(1);
    auto *main = new QHBoxLayout;
    main->addLayout(side, 2);
    main->addWidget(m_scroll, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(main, 1);
    layout->addWidget(m_buttons);
    // Maximised, the preview shows the pages at the size of the screen.
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    ScreenFit::resize(*this, QSize(1080, 680));

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportReportDialog::updatePreview);
    for (QComboBox *box : {m_language, m_profile, m_tlp, m_page})
        connect(box, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_names, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString path = FileDialog::saveFileName(this, tr("Export Report"), suggestedFileName(),
            tr("%1 files (*.%2)").arg(formatSuffix().toUpper(), formatSuffix()));
        if (!path.isEmpty() && !exportTo(path).isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

std::optional<ReportData> ExportReportDialog::reportData() const
{
    Result<ReportData> report = ReportData::collect(
        m_db, m_catalogue, m_assessmentId, m_profile->currentData().toString(), m_language->currentData().toString());
    if (!report) {
        m_error->setText(report.error());
        return std::nullopt;
    }
    // "No target profile": collect() picks the team's profile when none is named.
    if (m_profile->currentData().toString().isEmpty())
        report.value().profile.reset();
    report.value().tlp = m_tlp->currentData().toString();
    report.value().namedRatings = m_names->isChecked();
    report.value().pageSize
        = m_page->currentData().toString() == u"letter"_s ? ReportData::PageSize::Letter : ReportData::PageSize::A4;
    m_error->clear();
    return std::move(report).value();
}

QString ExportReportDialog::formatSuffix() const
{
    return m_format->currentData().toString();
}

QString ExportReportDialog::suggestedFileName() const
{
    const Result<Assessment> a = AssessmentRepository(m_db).find(m_assessmentId);
    QString base = a ? a->title : u"report"_s;
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        base.replace(bad, u'-');
    return base + u'.' + formatSuffix();
}

QString ExportReportDialog::exportTo(const QString &path)
{
    const auto report = reportData();
    if (!report)
        return {};
    const auto format = ReportWriter::formatFor(path).value_or(
        ReportWriter::formatFor(u"x."_s + formatSuffix()).value_or(ReportWriter::Format::Pdf));
    if (const Status written = ReportWriter::write(*report, path, format); !written) {
        MessageBox::critical(this, tr("Export Report"), written.error());
        return {};
    }
    return path;
}

void ExportReportDialog::updatePreview()
{
    const auto report = reportData();
    if (!report) {
        m_preview->clear();
        return;
    }
    // Every page, one under the other, as wide as the preview: readable as it will print.
    const int gap = 12;
    const int width = std::max(MinimumPreviewWidth, m_scroll->viewport()->width() - 2 * gap);
    const qreal ratio = devicePixelRatioF();
    const QList<QImage> pages = ReportWriter::preview(*report, MaximumPreviewPages, qRound(width * ratio));
    if (pages.isEmpty())
        return;
    int height = gap;
    for (const QImage &page : pages)
        height += qRound(page.height() / ratio) + gap;
    QImage sheet(QSize(qRound((width + 2 * gap) * ratio), qRound(height * ratio)), QImage::Format_ARGB32_Premultiplied);
    sheet.setDevicePixelRatio(ratio);
    sheet.fill(palette().color(QPalette::Mid));
    {
        QPainter painter(&sheet);
        int y = gap;
        for (QImage page : pages) {
            page.setDevicePixelRatio(ratio);
            painter.drawImage(QPoint(gap, y), page);
            y += qRound(page.height() / ratio) + gap;
        }
    }
    m_previewWidth = m_scroll->viewport()->width();
    m_preview->setPixmap(QPixmap::fromImage(sheet));
}

bool ExportReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The preview's room changed: drawn again at the new width once the resizing pauses.
    if (m_previewTimer && watched == m_scroll->viewport() && event->type() == QEvent::Resize
        && m_scroll->viewport()->width() != m_previewWidth)
        m_previewTimer->start();
    return QDialog::eventFilter(watched, event);
}
