#pragma once

#include <QVariant>

#include <cstddef>

// The title of column `section` of a horizontal header from a table of untranslated titles,
// translated in `Model`'s context; nothing for other roles or orientations.
template <typename Model, std::size_t N>
QVariant columnTitle(const char *const (&titles)[N], int section, Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || std::size_t(section) >= N)
        return {};
    return Model::tr(titles[section]);
}
