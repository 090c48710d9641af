#include "compoundfile.h"

#include <QFile>
#include <QSet>
#include <QtEndian>

namespace clientele::CompoundFile {

namespace {

constexpr quint32 EndOfChain = 0xFFFFFFFE;
constexpr quint32 MaxRegularSector = 0xFFFFFFFA;
constexpr int HeaderDifatEntries = 109;
constexpr int EntrySize = 128;
/// No directory we need is larger; the bound keeps a damaged or hostile file from making us loop
/// or read gigabytes.
constexpr int MaxDirectorySectors = 4096;

quint32 u32(const QByteArray &data, qsizetype offset)
{
    if (offset < 0 || offset + 4 > data.size())
        return EndOfChain;
    return qFromLittleEndian<quint32>(data.constData() + offset);
}

} // namespace

QStringList entryNames(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(512);
    if (header.size() < 512 || !header.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {};
    const quint16 shift = qFromLittleEndian<quint16>(header.constData() + 0x1E);
    if (shift != 9 && shift != 12)
        return {};
    const qint64 sectorSize = qint64(1) << shift;
    const auto readSector = [&](quint32 sector) -> QByteArray {
        // Sector n starts after the header, which takes one sector of its own.
        if (sector > MaxRegularSector || !file.seek((qint64(sector) + 1) * sectorSize))
            return {};
        return file.read(sectorSize);
    };

    // The FAT: its first sectors are listed in the header (enough for files up to ~7 MB with
    // 512-byte sectors, and the directory of an encrypted workbook sits early anyway).
    QList<quint32> fat;
    const quint32 fatSectors = u32(header, 0x2C);
    for (int i = 0; i < HeaderDifatEntries && quint32(i) < fatSectors; ++i) {
        const QByteArray sector = readSector(u32(header, 0x4C + i * 4));
        for (qsizetype offset = 0; offset + 4 <= sector.size(); offset += 4)
            fat.append(u32(sector, offset));
    }

    QStringList names;
    QSet<quint32> seen;
    quint32 sector = u32(header, 0x30);
    while (sector <= MaxRegularSector && !seen.contains(sector) && seen.size() < MaxDirectorySectors) {
        seen.insert(sector);
        const QByteArray entries = readSector(sector);
        for (qsizetype offset = 0; offset + EntrySize <= entries.size(); offset += EntrySize) {
            const quint16 length = qFromLittleEndian<quint16>(entries.constData() + offset + 64);
            const char type = entries.at(offset + 66);
            if (type == 0 || length < 2 || length > 64)
                continue;
            names.append(
                QString::fromUtf16(reinterpret_cast<const char16_t *>(entries.constData() + offset), length / 2 - 1));
        }
        sector = sector < quint32(fat.size()) ? fat.at(sector) : EndOfChain;
    }
    return names;
}

Kind classify(const QString &path)
{
    const QStringList names = entryNames(path);
    if (names.isEmpty())
        return Kind::NotCompound;
    if (names.contains(QStringLiteral("EncryptedPackage")) || names.contains(QStringLiteral("EncryptionInfo")))
        return Kind::EncryptedWorkbook;
    if (names.contains(QStringLiteral("Workbook")) || names.contains(QStringLiteral("Book")))
        return Kind::LegacyWorkbook;
    return Kind::OtherDocument;
}

} // namespace clientele::CompoundFile
