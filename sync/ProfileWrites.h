#pragma once

#include "WriteFamily.h"

namespace Hearth {

// Editing one's own profile (display name, bio, whether followed topics are public, the
// avatar). The edit shows at once: it is applied to the cached profile, and put back over
// every copy the server sends until the server has taken it.
class ProfileWrites : public WriteFamily
{
    Q_OBJECT

public:
    template<typename Write>
    static constexpr bool handles = isOneOf<Write, EditProfile>;

    using WriteFamily::WriteFamily;

    void edit(const ProfilePatch &patch);
    // Uploads a picture (it needs the community: an upload is not kept offline), then makes
    // it the avatar with an edit of its own. done gets the upload's error, or nothing.
    void uploadAvatar(const QByteArray &bytes, const QByteArray &mimeType,
        std::function<void(const std::optional<ApiError> &error)> done);
    // Puts the edits still waiting back over the cached copy of my profile (after a copy
    // from the server was stored); nothing for someone else's handle.
    void reassert(const QString &handle);

    void send(const QueuedWrite &entry, const EditProfile &write, const Settle &settle);
    QString describe(const EditProfile &write) const;

Q_SIGNALS:
    // The cached profile of handle changed.
    void profileChanged(const QString &handle);

private:
    // Applies the waiting (not refused) edits, in the order written.
    void applyWaiting();
};

} // namespace Hearth
