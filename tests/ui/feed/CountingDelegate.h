#pragma once

#include "ui/feed/PostCardDelegate.h"

namespace Hearth::Testing {

// The page's card delegate, counting the cards a view measures (sizeHint): what a view
// costs when rows come is the rows it measures.
class CountingDelegate : public PostCardDelegate
{
public:
    using PostCardDelegate::PostCardDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return PostCardDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

} // namespace Hearth::Testing
