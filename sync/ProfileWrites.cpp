#include "ProfileWrites.h"

#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"
#include "cache/ProfileCache.h"
#include "net/ApiClient.h"

namespace Hearth {

void ProfileWrites::edit(const ProfilePatch &patch)
{
    ProfileCache profiles(m_context.feed.connection());
    // Never read from the server yet (written offline from the start): what is known of me
    // is the page the edit goes on.
    if (!profiles.profile(m_context.me.id))
        profiles.store(
            Profile{m_context.me, {}, {}, std::nullopt, false, std::nullopt, 0, 0, 0, false});
    profiles.apply(m_context.me.id, patch);
    m_context.record(EditProfile{patch});
    Q_EMIT profileChanged(m_context.me.handle);
}

void ProfileWrites::uploadAvatar(const QByteArray &bytes, const QByteArray &mimeType,
    std::function<void(const std::optional<ApiError> &error)> done)
{
    m_context.api.uploadMedia(bytes, mimeType, std::nullopt, ApiClient::newIdempotencyKey(), this,
        [this, done](Result<Media> media) {
            if (media) {
                ProfilePatch patch;
                patch.avatarMediaId = media->id;
                edit(patch);
            }
            done(media ? std::nullopt : std::optional(media.error()));
        });
}

void ProfileWrites::reassert(const QString &handle)
{
    if (handle != m_context.me.handle)
        return;
    applyWaiting();
}

void ProfileWrites::applyWaiting()
{
    ProfileCache profiles(m_context.feed.connection());
    for (const QueuedWrite &queued : m_context.store.pendingWrites()) {
        if (queued.state == OutboxEntry::Failed)
            continue;
        if (const auto *write = std::get_if<EditProfile>(&queued.write))
            profiles.apply(m_context.me.id, write->patch);
    }
}

void ProfileWrites::send(const QueuedWrite &entry, const EditProfile &write, const Settle &settle)
{
    m_context.api.updateProfile(
        write.patch, entry.idempotencyKey, this, [this, settle](Result<Profile> profile) {
            if (profile) {
                ProfileCache(m_context.feed.connection()).store(*profile);
                // This edit is still in the queue until settled: applying it again is
                // harmless, and the later ones keep showing.
                applyWaiting();
                Q_EMIT profileChanged(profile->user.handle);
            }
            settle(profile ? std::nullopt : std::optional(profile.error()));
        });
}

QString ProfileWrites::describe(const EditProfile &) const
{
    return tr("Your profile");
}

} // namespace Hearth
