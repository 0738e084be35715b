#include "Newsletters.h"

#include "net/ApiClient.h"

#include <QPointer>

namespace Hearth {

void Newsletters::list(const QString &slug, QObject *context, PageCallback page) const
{
    list(slug, {}, context, std::move(page));
}

void Newsletters::list(
    const QString &slug, const QString &cursor, QObject *context, PageCallback page) const
{
    m_api->newsletters(slug, cursor, context,
        [self = *this, slug, guard = QPointer<QObject>(context), page](
            Result<Page<Newsletter>> answer) {
            const QString next = answer && answer->hasMore() ? answer->nextCursor : QString();
            page(std::move(answer));
            // This runs only while the context lives, but page may have let it go.
            if (!next.isEmpty() && guard)
                self.list(slug, next, guard.data(), page);
        });
}

} // namespace Hearth
