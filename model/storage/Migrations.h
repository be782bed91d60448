#pragma once

#include <QStringList>

// The schema, as ordered steps. Step N (1-based) takes a database from user_version N-1 to N.
// Never edit a step that has shipped: add a new one, and a saved database of the old version
// under tests/data/.
class Migrations final
{
public:
    static int latestVersion();
    // The statements of step `version`; empty for an unknown version.
    static QStringList step(int version);
};
