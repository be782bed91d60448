// The floor for sim3-bench-start: a bare Qt Widgets program, built like the application, that
// shows an empty QMainWindow of the application's default size and, once it is painted, prints
// the monotonic clock in nanoseconds and quits.
#include <QApplication>
#include <QEvent>
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
    window.installEventFilter(new QuitWhenPainted(&window));
    window.show();
    return QApplication::exec();
}
