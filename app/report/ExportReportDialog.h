#pragma once

#include "report/ReportData.h"

#include <QDialog>

class Database;
class ModelCatalogue;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QScrollArea;
class QTimer;

// File > Export Report: language, target profile, TLP marking, page size and format, with a
// preview of the pages as wide as the dialog allows; then asks where to save and writes the file.
class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    ExportReportDialog(Database &database, const ModelCatalogue &catalogue, qint64 assessmentId,
        const QString &language, QWidget *parent = nullptr);

    // The report as chosen; empty on an error (shown in the dialog).
    std::optional<ReportData> reportData() const;
    QString suggestedFileName() const;
    QString formatSuffix() const;
    // Asks for the file and writes it; returns the path written, or empty.
    QString exportTo(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();

    static constexpr int MinimumPreviewWidth = 300;
    static constexpr int MaximumPreviewPages = 16;

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    qint64 m_assessmentId;
    QComboBox *m_language = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_tlp = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_names = nullptr; // with a workshop only
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTimer *m_previewTimer = nullptr;
    int m_previewWidth = -1; // the width the preview was drawn for
    QDialogButtonBox *m_buttons = nullptr;
};
