#include "JsonProblem.h"

using namespace Qt::StringLiterals;

QString JsonProblem::toString() const
{
    if (path.isEmpty())
        return message;
    return path + u": "_s + message;
}
