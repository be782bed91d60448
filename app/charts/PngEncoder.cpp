#include "PngEncoder.h"

#include <QImage>

#include <array>

namespace {

// The byte-wise table of the reflected polynomial 0xEDB88320.
constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1U) != 0 ? 0xEDB88320U ^ (c >> 1U) : c >> 1U;
        table.at(n) = c;
    }
    return table;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>((value >> 24U) & 0xFFU));
    out.append(static_cast<char>((value >> 16U) & 0xFFU));
    out.append(static_cast<char>((value >> 8U) & 0xFFU));
    out.append(static_cast<char>(value & 0xFFU));
}

// Length, type, data, and the CRC of type and data.
void appendChunk(QByteArray &out, const char (&type)[5], const QByteArray &data)
{
    appendBigEndian(out, static_cast<quint32>(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBigEndian(out, PngEncoder::crc32(typed));
}

} // namespace

quint32 PngEncoder::crc32(const QByteArray &data)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 c = 0xFFFFFFFFU;
    for (const char byte : data)
        c = table.at((c ^ static_cast<quint8>(byte)) & 0xFFU) ^ (c >> 8U);
    return c ^ 0xFFFFFFFFU;
}

QByteArray PngEncoder::encode(const QImage &picture)
{
    if (picture.isNull())
        return {};
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    const qsizetype rowBytes = qsizetype(rgb.width()) * 3;
    // Each row: filter type 0 ("none"), then its pixels.
    QByteArray rows;
    rows.reserve((rowBytes + 1) * rgb.height());
    for (int y = 0; y < rgb.height(); ++y) {
        rows.append('\0');
        rows.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rowBytes);
    }
    // qCompress writes a zlib stream after four bytes of its own (the uncompressed length).
    const QByteArray deflated = qCompress(rows, 1).mid(4);

    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(rgb.width()));
    appendBigEndian(header, static_cast<quint32>(rgb.height()));
    header.append(char(8)); // bits per sample
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method: the standard one
    header.append(char(0)); // no interlace

    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", deflated);
    appendChunk(png, "IEND", QByteArray());
    return png;
}
