#include "PendingWrite.h"

namespace Hearth {

namespace {

struct TargetOf
{
    WriteTarget post(qint64 id) const { return {WriteTarget::Thing::Post, id, {}}; }
    WriteTarget comment(qint64 id) const { return {WriteTarget::Thing::Comment, id, {}}; }

    WriteTarget operator()(const CreatePost &write) const { return post(write.localId); }
    WriteTarget operator()(const EditPost &write) const { return post(write.postId); }
    WriteTarget operator()(const DeletePost &write) const { return post(write.postId); }
    WriteTarget operator()(const SetReaction &write) const { return post(write.postId); }
    // A comment goes in the order of its post's writes: after the post is created.
    WriteTarget operator()(const CreateComment &write) const { return post(write.postId); }
    WriteTarget operator()(const EditComment &write) const { return comment(write.commentId); }
    WriteTarget operator()(const DeleteComment &write) const { return comment(write.commentId); }
    WriteTarget operator()(const SetMembership &write) const
    {
        return {WriteTarget::Thing::Topic, 0, write.slug};
    }
    WriteTarget operator()(const SetSubscription &write) const
    {
        return {WriteTarget::Thing::Newsletter, write.newsletterId, {}};
    }
    WriteTarget operator()(const ReportContent &write) const
    {
        return write.on == ReportTarget::Post ? post(write.id) : comment(write.id);
    }
    WriteTarget operator()(const SetBlocked &write) const
    {
        return {WriteTarget::Thing::User, write.user.id, {}};
    }
    // The person's own notifications: user 0 is nobody else, and the marks go in order.
    WriteTarget operator()(const MarkNotificationsRead &) const
    {
        return {WriteTarget::Thing::User, 0, {}};
    }
    WriteTarget operator()(const UnknownWrite &write) const { return write.target; }
    // The person's own profile: user 0 stands for "me", whoever that is.
    WriteTarget operator()(const EditProfile &) const { return {WriteTarget::Thing::User, 0, {}}; }
};

} // namespace

WriteTarget targetOf(const PendingWrite &write)
{
    return std::visit(TargetOf(), write);
}

} // namespace Hearth
