#pragma once

#include "core/Result.h"

#include <QCoreApplication>

// Writes a whole file or nothing: the bytes go to a temporary file beside the target, which
// replaces the target only once everything is on disk. A failure leaves an older file intact.
class AtomicFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // A new file is readable by its owner only (0600), like the database: it holds the same
    // data. A file that is replaced keeps its permissions. Refused, touching nothing: a folder,
    // a device, pipe or socket, a symbolic link, a missing folder, and a protected file.
    static Status write(const QString &path, const QByteArray &bytes);

    // Files that must never be overwritten by an export: an open database and its -wal, -shm
    // and -journal files. Thread-safe; Database registers and releases its own.
    static void protect(const QString &path);
    static void release(const QString &path);
    static bool isProtected(const QString &path);
};
