#include "Enums.h"

#include <utility>

namespace Hearth {

namespace {

template<typename E>
struct WireName
{
    E value;
    QStringView name;
};

constexpr WireName<PostKind> postKinds[] = {
    {PostKind::Post, u"post"},
    {PostKind::Story, u"story"},
    {PostKind::Video, u"video"},
};
constexpr WireName<FeedKind> feedKinds[] = {
    {FeedKind::All, u"all"},
    {FeedKind::Post, u"post"},
    {FeedKind::Story, u"story"},
    {FeedKind::Video, u"video"},
};
constexpr WireName<FeedSort> feedSorts[] = {
    {FeedSort::Latest, u"latest"},
    {FeedSort::Trending, u"trending"},
};
constexpr WireName<MediaKind> mediaKinds[] = {
    {MediaKind::Image, u"image"},
    {MediaKind::Video, u"video"},
};
constexpr WireName<ReactionKind> reactionKinds[] = {
    {ReactionKind::Heart, u"heart"},
    {ReactionKind::Hug, u"hug"},
    {ReactionKind::MeToo, u"me_too"},
    {ReactionKind::SendingStrength, u"sending_strength"},
    {ReactionKind::ThinkingOfYou, u"thinking_of_you"},
};
constexpr WireName<ReportReason> reportReasons[] = {
    {ReportReason::Harassment, u"harassment"},
    {ReportReason::SelfHarm, u"self_harm"},
    {ReportReason::Spam, u"spam"},
    {ReportReason::Hate, u"hate"},
    {ReportReason::Misinformation, u"misinformation"},
    {ReportReason::Other, u"other"},
};
constexpr WireName<NewsletterCadence> cadences[] = {
    {NewsletterCadence::Weekly, u"weekly"},
    {NewsletterCadence::Monthly, u"monthly"},
};

template<typename E, std::size_t N>
QString nameOf(const WireName<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    Q_UNREACHABLE();
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const WireName<E> (&table)[N], QStringView name)
{
    for (const auto &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString toWire(PostKind kind)
{
    return nameOf(postKinds, kind);
}
QString toWire(FeedKind kind)
{
    return nameOf(feedKinds, kind);
}
QString toWire(FeedSort sort)
{
    return nameOf(feedSorts, sort);
}
QString toWire(MediaKind kind)
{
    return nameOf(mediaKinds, kind);
}
QString toWire(ReactionKind kind)
{
    return nameOf(reactionKinds, kind);
}
QString toWire(ReportReason reason)
{
    return nameOf(reportReasons, reason);
}
QString toWire(NewsletterCadence cadence)
{
    return nameOf(cadences, cadence);
}

std::optional<PostKind> postKindFromWire(QStringView name)
{
    return valueOf(postKinds, name);
}
std::optional<FeedKind> feedKindFromWire(QStringView name)
{
    return valueOf(feedKinds, name);
}
std::optional<FeedSort> feedSortFromWire(QStringView name)
{
    return valueOf(feedSorts, name);
}
std::optional<MediaKind> mediaKindFromWire(QStringView name)
{
    return valueOf(mediaKinds, name);
}
std::optional<ReactionKind> reactionKindFromWire(QStringView name)
{
    return valueOf(reactionKinds, name);
}
std::optional<ReportReason> reportReasonFromWire(QStringView name)
{
    return valueOf(reportReasons, name);
}
std::optional<NewsletterCadence> newsletterCadenceFromWire(QStringView name)
{
    return valueOf(cadences, name);
}

FeedKind feedKindFor(PostKind kind)
{
    switch (kind) {
    case PostKind::Post:
        return FeedKind::Post;
    case PostKind::Story:
        return FeedKind::Story;
    case PostKind::Video:
        return FeedKind::Video;
    }
    Q_UNREACHABLE();
    return FeedKind::All;
}

} // namespace Hearth
