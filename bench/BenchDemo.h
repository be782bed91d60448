#pragma once

#include "demo/DemoData.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

// A new database in a temporary folder holding the demo team (three assessments, a target
// profile), for the benchmarks that measure work on it. Says on `out` what went wrong.
class BenchDemo final
{
public:
    explicit BenchDemo(QTextStream &out)
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened) {
            out << opened.error() << Qt::endl;
            return;
        }
        m_db = std::move(opened).value();
        auto created = DemoData::create(*m_db, QStringLiteral("en"));
        if (!created) {
            out << created.error() << Qt::endl;
            return;
        }
        m_demo = created.value();
    }

    bool ok() const { return m_demo.has_value(); }
    Database &db() { return *m_db; }
    const DemoData::Created &demo() const { return *m_demo; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<DemoData::Created> m_demo;
};
