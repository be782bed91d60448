#pragma once

#include <QByteArray>

class QImage;

// An opaque picture as PNG bytes, made for speed: 8-bit RGB, rows unfiltered, deflated at
// zlib's fastest level. Qt's PNG writer tries every row filter on every row, and at a light
// level stores the pixels uncompressed (2.8 MB for the report's radar), which the ODT's zip
// then deflated again: together half of an ODT report's instructions. Charts are mostly flat
// colour, so the unfiltered rows deflate well (the radar: 0.14 MB).
namespace PngEncoder {

// The PNG file; an alpha channel is dropped (charts are drawn on an opaque background).
// Empty for a null image.
QByteArray encode(const QImage &picture);
// CRC-32 (ISO 3309, as PNG chunks use it) of `data`.
quint32 crc32(const QByteArray &data);

} // namespace PngEncoder
