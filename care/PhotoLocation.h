#pragma once

#include <QByteArrayView>
#include <QString>

namespace Hearth {

// Whether a photo file says where it was taken: what its metadata holds, not what it shows.
// The composer uses it to tell a person, before they post, that the place is in the file
// (and that the community's server removes it).
//
// Read here, strictly and within the given bytes only (every offset and count is checked
// against them, and walks through linked directories are cycle- and length-limited):
// - EXIF: a TIFF block whose GPS directory (IFD0's GPSInfo pointer, in either byte order)
//   holds a position: GPSLatitude, GPSLongitude, GPSDestLatitude or GPSDestLongitude, with
//   its value inside the block. A GPS directory with only a version or a time is no
//   location. Found in JPEG APP1 "Exif", PNG eXIf and WebP EXIF.
// - XMP: one of the same properties in the exif: namespace (exif:GPSLatitude and so on),
//   with a value. Found in JPEG APP1 (main and extended packets), PNG iTXt
//   "XML:com.adobe.xmp" (uncompressed; a compressed one is not inflated) and WebP "XMP ".
// Other formats (GIF), and whatever a damaged file no longer says, count as no location.
struct PhotoLocation
{
    bool inExif = false; // an EXIF GPS directory with a position
    bool inXmp = false; // XMP GPS position properties

    bool found() const { return inExif || inXmp; }

    // Looks through a whole file's bytes, or its start: the metadata of JPEG files sits
    // before the picture, and a part cut short is read as far as it goes.
    static PhotoLocation find(QByteArrayView bytes);
    // Reads at most maxBytes from the start of the file; nothing found when it can't be read.
    static PhotoLocation findInFile(const QString &path, qint64 maxBytes = DefaultFileBytes);

    // Enough for the EXIF and XMP segments of a phone's JPEG (at most 64 KiB each).
    static constexpr qint64 DefaultFileBytes = 256 * 1024;
};

// Whether the photo's metadata holds where it was taken (EXIF GPS or XMP GPS).
inline bool hasLocation(QByteArrayView bytes)
{
    return PhotoLocation::find(bytes).found();
}

} // namespace Hearth
