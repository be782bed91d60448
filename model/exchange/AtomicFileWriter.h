#pragma once

#include "core/Result.h"

#include <QCoreApplication>

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, which
// replaces the target only once everything is on disk. A failure leaves an older file intact.
class AtomicFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    static Status write(const QString &path, const QByteArray &bytes);
};
