#pragma once

#include "BenchDemo.h"

#include <QApplication>
#include <QTextStream>

// What every benchmark of the windows opens with: the offscreen platform, the application, the
// output, and the demo database (BenchDemo). ok() is false, the reason written out, when the
// database could not be made.
class BenchGui final
{
public:
    BenchGui(int &argc, char **argv)
        : m_app(argc, argv)
    {
    }

    bool ok() const { return m_demo.ok(); }
    QTextStream &out() { return m_out; }
    BenchDemo &demo() { return m_demo; }

private:
    struct Offscreen
    {
        Offscreen() { qputenv("QT_QPA_PLATFORM", "offscreen"); }
    };

    Offscreen m_platform; // before the application reads it
    QApplication m_app;
    QTextStream m_out{stdout};
    BenchDemo m_demo{m_out};
};
