#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What an empty database opens on: what the application is for, and the two ways to begin.
class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void createTeamRequested();
    void demoRequested();
    void importRequested();

protected:
    // Return or Space at launch creates a team, as the button says: it has the focus.
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_createTeam = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_import = nullptr;
};
