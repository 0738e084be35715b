#pragma once

#include "Enums.h"

#include <QString>

namespace Hearth {

// A topic's newsletter, which a member can subscribe to.
struct Newsletter
{
    qint64 id = 0;
    QString topicSlug;
    QString title;
    QString description;
    NewsletterCadence cadence = NewsletterCadence::Weekly;
    bool subscribed = false;

    bool operator==(const Newsletter &) const = default;
};

} // namespace Hearth
