#pragma once

#include <QString>

namespace Hearth {

// What a topic page shows in its header.
struct TopicCounts
{
    qint64 members = 0;
    qint64 posts = 0;
    qint64 stories = 0;
    qint64 videos = 0;

    bool operator==(const TopicCounts &) const = default;
};

// A topic: everything tagged with its hashtag, and the people who joined it.
struct Topic
{
    QString slug; // the case-folded hashtag: "chronicillness"
    QString name; // for people: "Chronic Illness"
    QString tag; // the hashtag as written, without '#': "ChronicIllness"
    QString description; // "About Chronic Illness"; may be empty
    TopicCounts counts;
    bool joined = false; // whether the signed-in person joined; false when signed out

    bool operator==(const Topic &) const = default;
};

} // namespace Hearth
