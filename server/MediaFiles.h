#pragma once

#include "MediaStore.h"

#include <QDir>

namespace Hearth {

// Writes media bytes into the data folder's media/ and records them, so that a row never
// points at a file that is not complete on disk.
class MediaFiles
{
public:
    MediaFiles(MediaStore &store, const QDir &directory);

    // Gives the new media id, or 0 when the files could not be written.
    qint64 store(MediaStore::Record record, const QByteArray &bytes, const QByteArray &thumbnail);

private:
    bool write(const QString &name, const QByteArray &bytes);

    MediaStore &m_store;
    QDir m_directory;
};

} // namespace Hearth
