#include "MediaFiles.h"

#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Hearth {

MediaFiles::MediaFiles(MediaStore &store, const QDir &directory)
    : m_store(store), m_directory(directory)
{ }

bool MediaFiles::write(const QString &name, const QByteArray &bytes)
{
    QSaveFile file(m_directory.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

qint64 MediaFiles::store(
    MediaStore::Record record, const QByteArray &bytes, const QByteArray &thumbnail)
{
    // Random names: ids are not known before the row exists, and files never collide.
    const QString base = QUuid::createUuid().toString(QUuid::Id128);
    record.file = base;
    if (!write(record.file, bytes))
        return 0;
    if (!thumbnail.isEmpty()) {
        record.thumbFile = base + u"-thumb"_s;
        if (!write(record.thumbFile, thumbnail))
            return 0;
    }
    return m_store.insert(record);
}

} // namespace Hearth
