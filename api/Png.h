#pragma once

#include <QByteArrayView>

// The chunk structure of PNG files, read before a decoder sees them. libpng allocates what a
// chunk's length field claims before it reads the chunk, so a 300-byte file whose last chunk
// claims 2 GB costs a 2 GB allocation; and a file cut short inside a chunk whose data happens
// to hold "IEND" looks complete to a search for it.
namespace Hearth::Png {

// Whether data is a PNG signature and a run of chunks that each fit in what follows them,
// up to and including an IEND chunk (bytes after IEND are not looked at).
bool isWhole(QByteArrayView data);

} // namespace Hearth::Png
