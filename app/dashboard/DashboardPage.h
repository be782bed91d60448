#pragma once

#include "catalogue/ModelCatalogue.h"
#include "domain/Assessment.h"
#include "domain/TargetProfile.h"

#include <QHash>
#include <QWidget>

#include <optional>

class AgreementView;
class AssessmentSession;
class CategorySummaryModel;
class ComparisonModel;
class Database;
class GapListModel;
class ChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// Current against target for the open assessment: the radar chart and category table, the gap
// list, the team's history and a comparison of any two assessments. Everything is computed by
// GapAnalysis, TeamHistory and AssessmentComparison, the same code the command line uses.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    // `database`, `catalogue` and `session` must outlive the page. Computed once, in `language`.
    DashboardPage(Database &database, const ModelCatalogue &catalogue, AssessmentSession *session,
        const QString &language, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setLanguage(const QString &language);
    // Re-reads profiles and assessments, then recomputes everything.
    void reload();
    const std::optional<TargetProfile> &profile() const { return m_profile; }
    // Whether everything, the tabs not in view included, is computed for what is shown now.
    bool isUpToDate() const { return m_stale == 0; }
    void showMethod();

signals:
    void editProfilesRequested();
    void parameterActivated(const QString &parameterId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What a change makes out of date. While the page is hidden (the questionnaire in front, an
    // answer typed every few seconds) it is only noted, and computed when the page is next shown:
    // the history of a long-lived team is costly to draw again.
    // While it is shown, what is in view (the overview; the history or the comparison when its
    // tab is in front) is computed at once, and the rest right after the page has been painted:
    // the team's history is ready before anyone can reach its tab, and the opening of the
    // dashboard does not wait for it (a team of 1,000 assessments: 75 ms of 105), one step per
    // turn of the event loop (prepareHidden()).
    enum Part : unsigned { Overview = 1, History = 2, Comparison = 4, Everything = 7 };
    void invalidate(unsigned parts);
    void compute(unsigned parts);
    void schedulePreparation();
    void prepareHidden();
    void build();
    void retranslate();
    void recompute();
    // The category table as wide as its columns, so that no scroll bar hides one; the radar
    // takes what is left.
    void fitCategoryTable();
    void readTeamLevels(); // of the other assessments, once per reload()
    void recomputeHistory();
    void recomputeComparison();
    void chooseProfile();

    Database &m_db;
    const ModelCatalogue &m_catalogue;
    AssessmentSession *m_session;
    QString m_language;
    std::optional<TargetProfile> m_profile;
    // The team's other assessments, read by reload(); the levels of their answers (no comments)
    // are added when the history is first computed. Only the open one changes here.
    QList<Assessment> m_others;
    bool m_levelsRead = false;
    // The other assessments compared, read whole (comments included) once per reload(), not at
    // every answer change.
    QHash<qint64, Assessment> m_compared;
    bool m_loading = false;
    unsigned m_stale = 0; // the Parts to compute when the page is shown
    bool m_painted = false; // since it was last shown
    bool m_preparing = false; // prepareHidden() is on its way

    QComboBox *m_profileBox = nullptr;
    QPushButton *m_editProfiles = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_method = nullptr;
    QLabel *m_headline = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartView *m_radar = nullptr;
    QTableView *m_categoryTable = nullptr;
    CategorySummaryModel *m_categoryModel = nullptr;
    QTableView *m_gapTable = nullptr;
    GapListModel *m_gapModel = nullptr;
    ChartView *m_history = nullptr;
    QLabel *m_historyNote = nullptr;
    QComboBox *m_earlier = nullptr;
    QComboBox *m_later = nullptr;
    QLabel *m_comparisonSummary = nullptr;
    QTableView *m_comparisonTable = nullptr;
    ComparisonModel *m_comparisonModel = nullptr;
    AgreementView *m_agreement = nullptr; // with a workshop only
};
