#pragma once

#include "Statements.h"

struct sqlite3;

namespace Hearth {

// Statements on an SQLite connection, through SQLite's C API on the handle Qt's driver opened.
class SqliteStatements final : public Statements
{
public:
    // The statements of the connection whose driver handle is handle; null when it is not an
    // open SQLite database.
    static std::unique_ptr<Statements> create(const QVariant &handle);

protected:
    std::unique_ptr<Prepared> prepare(const QByteArray &sql) override;
    bool isIdle() const override;
    void beginRead() override;
    void endRead() noexcept override;

private:
    explicit SqliteStatements(sqlite3 *handle) : m_handle(handle) { }

    sqlite3 *m_handle = nullptr;
};

} // namespace Hearth
