#pragma once

#include "Media.h"
#include "Topic.h"
#include "User.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Hearth {

// A person's page: who they are, what they say of themselves, and what they wrote.
struct Profile
{
    User user;
    QString bio; // plain text, 0..Limits::MaxBioLength code points
    QDateTime joinedAt;
    std::optional<Media> avatar;
    bool topicsPublic = false; // whether others may see the topics they follow
    // The topics they joined: only when they are public or the reader is this person.
    std::optional<QList<Topic>> followedTopics;
    qint64 postCount = 0; // their posts, stories and videos, each kind counted on its own
    qint64 storyCount = 0;
    qint64 videoCount = 0;
    bool blocked = false; // the reader blocked this person

    bool operator==(const Profile &) const = default;
};

} // namespace Hearth
