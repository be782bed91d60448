// The floor for sim3-bench-start: a bare Qt Widgets program, built like the application, that
// shows an empty QMainWindow of the application's default size and, once it is painted, prints
// the monotonic clock in nanoseconds and quits. With --text the window shows a wrapped paragraph
// too: the least any window with text pays (the font list, shaping), for comparison.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace {

class QuitWhenPainted final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                timespec t{};
                clock_gettime(CLOCK_MONOTONIC, &t);
                QTextStream(stdout) << "painted " << qint64(t.tv_sec) * 1000000000 + t.tv_nsec << Qt::endl;
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 720);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text"))) {
        auto *label = new QLabel(QStringLiteral(
            "Level 3: the policy is formalised, approved by the team head or published, and the team works "
            "by it. Level 4: the governance above the team head controls or audits it. The team chooses the "
            "level each parameter needs, with its reasons, and compares the current level with it."));
        label->setWordWrap(true);
        window.setCentralWidget(label);
    }
    window.installEventFilter(new QuitWhenPainted(&window));
    window.show();
    return QApplication::exec();
}
