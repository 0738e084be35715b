#pragma once

#include <QString>

#include <array>
#include <optional>

// The enumerations of the wire contract and their wire names (docs/api.md, "Types").
namespace Hearth {

// What a post is: a short thought or question, a long-form story, or a video.
enum class PostKind { Post, Story, Video };
// The kind filter of a topic feed: all kinds, or one.
enum class FeedKind { All, Post, Story, Video };
enum class FeedSort { Latest, Trending };
enum class MediaKind { Image, Video };
// One reaction per person per post, of one of these kinds.
enum class ReactionKind { Heart, Hug, MeToo, SendingStrength, ThinkingOfYou };
enum class ReportReason { Harassment, SelfHarm, Spam, Hate, Misinformation, Other };
enum class NewsletterCadence { Weekly, Monthly };

inline constexpr std::array AllReactionKinds{
    ReactionKind::Heart,
    ReactionKind::Hug,
    ReactionKind::MeToo,
    ReactionKind::SendingStrength,
    ReactionKind::ThinkingOfYou,
};
inline constexpr int ReactionKindCount = int(AllReactionKinds.size());

QString toWire(PostKind kind);
QString toWire(FeedKind kind);
QString toWire(FeedSort sort);
QString toWire(MediaKind kind);
QString toWire(ReactionKind kind);
QString toWire(ReportReason reason);
QString toWire(NewsletterCadence cadence);

// Each returns nothing for a name that is not in the contract.
std::optional<PostKind> postKindFromWire(QStringView name);
std::optional<FeedKind> feedKindFromWire(QStringView name);
std::optional<FeedSort> feedSortFromWire(QStringView name);
std::optional<MediaKind> mediaKindFromWire(QStringView name);
std::optional<ReactionKind> reactionKindFromWire(QStringView name);
std::optional<ReportReason> reportReasonFromWire(QStringView name);
std::optional<NewsletterCadence> newsletterCadenceFromWire(QStringView name);

// The feed filter that shows only posts of this kind.
FeedKind feedKindFor(PostKind kind);

} // namespace Hearth
