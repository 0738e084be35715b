#pragma once

#include "api/Newsletter.h"
#include "api/Page.h"
#include "api/Result.h"

#include <functional>

class QObject;

namespace Hearth {

class ApiClient;

// A topic's newsletters as the community lists them, for NewslettersDialog: the whole list,
// a page at a time. Subscribing is a write and goes through the Outbox. A small value over
// the ApiClient, which must outlive it.
class Newsletters
{
public:
    using PageCallback = std::function<void(Result<Page<Newsletter>>)>;

    explicit Newsletters(ApiClient &api) : m_api(&api) { }

    // Calls page with each page of slug's newsletters in order, following the cursors until
    // the last page (one without hasMore()) or the first error. Nothing more is asked for, and
    // nothing is called, once context is gone.
    void list(const QString &slug, QObject *context, PageCallback page) const;

private:
    void list(
        const QString &slug, const QString &cursor, QObject *context, PageCallback page) const;

    ApiClient *m_api;
};

} // namespace Hearth
