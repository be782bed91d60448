#include "TestServer.h"

#include <QTest>

using namespace Qt::StringLiterals;

std::optional<PostgresTarget> testServer()
{
    const QString uri = qEnvironmentVariable("SIM3_TEST_POSTGRES");
    if (uri.isEmpty())
        return std::nullopt;
    const Result<PostgresTarget> t = PostgresTarget::parse(uri);
    if (!t)
        qFatal("SIM3_TEST_POSTGRES: %s", qPrintable(t.error()));
    return t.value();
}

bool noTestServer(const std::optional<PostgresTarget> &server)
{
    if (server)
        return false;
    if (qEnvironmentVariable("CI") == u"true"_s)
        QTest::qFail("no test server: scripts/test starts one and sets SIM3_TEST_POSTGRES", __FILE__, __LINE__);
    else
        QTest::qSkip("no test server: run scripts/test, which starts one", __FILE__, __LINE__);
    return true;
}
