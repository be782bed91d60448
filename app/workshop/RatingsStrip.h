#pragma once

#include <QFrame>

class AnswerTextEditor;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class SpreadPlot;
class WorkshopSession;

// A round in the room, for the parameter on screen: one cell per participant, hidden ("✓"
// rated, "–" not yet) until the facilitator reveals them; a field to type the levels people
// call out ("2 3 3 2 4", Return); after the reveal the spread as a dot plot, the median as the
// suggested consensus, and a note for the dissent. Shown only when the assessment has
// participants; the consensus is still set with the level keys. Rating alone ("My ratings"),
// it shows only that participant's own rating, which they see, and a note for it.
class RatingsStrip final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RatingsStrip)

public:
    RatingsStrip(WorkshopSession *workshop, QWidget *parent = nullptr);

    void showParameter(const QString &parameterId);
    void setEditable(bool editable);
    // Puts the cursor in the typing field (Answer > Enter Ratings).
    void focusEntry();
    // Reveals this parameter's ratings (Answer > Reveal Ratings).
    void reveal();
    // Saves a dissent note still waiting for the typing pause.
    void flush();
    QLineEdit *entryField() const { return m_entry; }

signals:
    // A round was typed, or Escape left the field: the level choice takes the keyboard back.
    void entryFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void submit();
    void refreshAlone();
    void saveMyNote(const QString &note);

    WorkshopSession *m_workshop;
    QString m_parameterId;
    bool m_editable = true;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_revealButton = nullptr;
    QGridLayout *m_cells = nullptr;
    QLineEdit *m_entry = nullptr;
    QLabel *m_problem = nullptr;
    SpreadPlot *m_plot = nullptr;
    QLabel *m_suggestion = nullptr;
    AnswerTextEditor *m_dissent = nullptr;
    AnswerTextEditor *m_myNote = nullptr; // rating alone: the note of one's own rating
};
