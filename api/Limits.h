#pragma once

#include "Enums.h"

#include <QtGlobal>

// The content and request limits of the Hearth Community API v1.
// docs/api.md documents each of them; client and server both enforce them.
// Text lengths are counted in Unicode code points.
namespace Hearth::Limits {

inline constexpr int MaxTitleLength = 200;
inline constexpr int MaxPostBodyLength = 5'000;
inline constexpr int MaxStoryBodyLength = 40'000;
inline constexpr int MaxVideoBodyLength = 5'000;
inline constexpr int MaxCommentLength = 2'000;
inline constexpr int MaxContentWarningLength = 200;
inline constexpr int MaxHashtagsPerPost = 10;
inline constexpr int MaxHashtagLength = 50;
inline constexpr int MaxAltTextLength = 1'000;
inline constexpr int MaxReportNoteLength = 1'000;
inline constexpr int MaxTopicNameLength = 80;
inline constexpr int MaxTopicDescriptionLength = 2'000;
inline constexpr int MaxNewsletterTitleLength = 200;
inline constexpr int MaxNewsletterDescriptionLength = 2'000;
// GET /search?q=: what a search box sends, at most.
inline constexpr int MaxSearchLength = 200;

inline constexpr int MinHandleLength = 3;
inline constexpr int MaxHandleLength = 30;
inline constexpr int MaxDisplayNameLength = 64;
inline constexpr int MaxBioLength = 300;
inline constexpr int MinPasswordLength = 8;
inline constexpr int MaxPasswordLength = 256;

inline constexpr qint64 MaxJsonBodyBytes = 256 * 1024;
inline constexpr qint64 MaxRequestHeadBytes = 16 * 1024;
inline constexpr int MaxJsonDepth = 32;

inline constexpr qint64 MaxImageUploadBytes = 10 * 1024 * 1024;
inline constexpr qint64 MaxVideoUploadBytes = 100 * 1024 * 1024;
inline constexpr qint64 MaxImagePixels = 40'000'000;
inline constexpr int MaxImageSide = 10'000;
inline constexpr int ThumbnailSide = 480;

inline constexpr int DefaultPageSize = 20;
inline constexpr int MaxPageSize = 50;
inline constexpr int MaxCursorLength = 512;
inline constexpr int MaxChangesPerResponse = 200;
// A page of comments counts threads, not comments: this bounds what a decoder accepts.
inline constexpr int MaxItemsPerPage = 5'000;
inline constexpr int MaxIdempotencyKeyLength = 128;

// Failed sign-ins per (handle, client address), and sign-in attempts per client address,
// in a sliding window; nothing is counted per handle alone (docs/server.md says why).
inline constexpr int LoginFailuresPerHandleAndAddress = 10;
inline constexpr int LoginAttemptsPerAddress = 30;
inline constexpr int LoginWindowSeconds = 15 * 60;
// New accounts per client address, in a sliding window.
inline constexpr int RegistrationsPerAddress = 10;
inline constexpr int RegistrationWindowSeconds = 60 * 60;

inline constexpr int HeadDeadlineSeconds = 10;
inline constexpr int RequestDeadlineSeconds = 30;

// The longest body a post of kind may have.
constexpr int maxBodyLength(PostKind kind)
{
    switch (kind) {
    case PostKind::Story:
        return MaxStoryBodyLength;
    case PostKind::Video:
        return MaxVideoBodyLength;
    case PostKind::Post:
        break;
    }
    return MaxPostBodyLength;
}

// The largest integer a JSON number carries exactly (2^53 - 1): ids never exceed it.
inline constexpr qint64 MaxId = 9'007'199'254'740'991;

} // namespace Hearth::Limits
