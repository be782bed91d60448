#pragma once

#include <QString>

// Where a JSON document is wrong and how. `path` is a JSON Pointer ("/parameters/3/name/ja");
// an empty path means the document as a whole.
struct JsonProblem final
{
    QString path;
    QString message;

    // "path: message", or the message alone for the whole document.
    QString toString() const;
};
