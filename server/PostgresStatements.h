#pragma once

#include "Statements.h"

typedef struct pg_conn PGconn;

namespace Hearth {

// Statements on a PostgreSQL connection, through libpq on the connection Qt's driver opened:
// each is prepared once on the server (PQprepare) and run with its values sent apart from
// the SQL (PQexecPrepared), its whole answer read at once. Qt's driver reads a result whole
// too (Sql::exec asks it to), so the two take turns on the connection safely.
class PostgresStatements final : public Statements
{
public:
    // The statements of the connection whose driver handle is handle; null when it is not an
    // open PostgreSQL connection.
    static std::unique_ptr<Statements> create(const QVariant &handle);

protected:
    std::unique_ptr<Prepared> prepare(const QByteArray &sql) override;
    bool isIdle() const override;
    void beginRead() override;
    void endRead() noexcept override;

private:
    explicit PostgresStatements(PGconn *connection) : m_connection(connection) { }

    PGconn *m_connection = nullptr;
    int m_prepared = 0; // names the next statement
};

} // namespace Hearth
