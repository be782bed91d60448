#pragma once

#include "domain/Answer.h"

#include <QWidget>

#include <functional>

class AssessmentSession;
class QAction;
class ParameterDetailPane;
class ParameterFilterModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QTreeView;
class QuestionnaireModel;

// The questionnaire: the parameters by category on the left, the current one on the right.
// The menu actions that act on the open questionnaire; owned by the window's menus.
struct AnswerActions
{
    QList<QAction *> levels; // level 0-4, each with its level as data()
    QAction *notApplicable = nullptr;
    QAction *clearLevel = nullptr;
    QAction *confirmCarried = nullptr;
    QAction *toggleFlag = nullptr;
    QAction *addEvidence = nullptr;
    QAction *editComment = nullptr;
    QAction *nextParameter = nullptr;
    QAction *previousParameter = nullptr;
    QAction *enterRatings = nullptr;
    QAction *revealRatings = nullptr;
};

class QuestionnairePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionnairePage)

public:
    // The page shows `session`, which it does not own.
    explicit QuestionnairePage(AssessmentSession *session, QWidget *parent = nullptr);
    ~QuestionnairePage() override;

    AssessmentSession *session() const { return m_session; }
    ParameterDetailPane *detailPane() const { return m_detail; }
    QString currentParameterId() const;
    void showParameter(const QString &parameterId);
    void setLanguage(const QString &language);

    void nextParameter();
    void previousParameter();
    // The next parameter after the current one that has no answer, wrapping around.
    // Returns false when every parameter is answered.
    bool nextUnanswered();
    // Connects the actions to this page (and its detail pane) for as long as the page lives.
    void bindActions(const AnswerActions &actions);
    // The next answer carried over and not confirmed yet; false when there is none.
    bool nextToConfirm();
    void focusSearch();
    void setFocusToList();
    // Only the parameter, its text `textPixels` high; 0 ends it.
    void setPresentation(int textPixels);
    bool isPresentation() const { return m_presentation; }

signals:
    void currentParameterChanged(const QString &parameterId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Shows the next parameter after the current one (wrapping) whose answer is `wanted`.
    bool nextWhere(const std::function<bool(const Answer &)> &wanted);
    void retranslate();
    void updateProgress();
    // Fits the id, level and status columns to what they say now; while the page is hidden, when
    // it is next shown (measuring every row's text is the costliest part of opening a page).
    void fitColumns();
    void onCurrentChanged();
    QStringList visibleOrder() const;

    AssessmentSession *m_session;
    QString m_language = QStringLiteral("en");
    bool m_presentation = false;
    bool m_columnsFitted = false;
    QuestionnaireModel *m_model = nullptr;
    ParameterFilterModel *m_filter = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_listPanel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_finalBanner = nullptr; // shown while the assessment is final
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_shownChoice = nullptr; // the chosen level's row when last kept in view (not owned)
    ParameterDetailPane *m_detail = nullptr;
};
