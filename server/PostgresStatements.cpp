#include "PostgresStatements.h"

#include "Sql.h"

#include <QVariant>

#include <charconv>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

[[noreturn]] void fail(const char *what, const char *message, const QByteArray &sql)
{
    throw Sql::Error(u"%1 failed: %2 in: %3"_s.arg(QLatin1StringView(what),
        QString::fromUtf8(message).trimmed(), QString::fromUtf8(sql).simplified()));
}

// sql with each '?' outside quotes and comments numbered as PostgreSQL's $1, $2, ...
QByteArray numberedParameters(const QByteArray &sql)
{
    QByteArray out;
    out.reserve(sql.size() + 16);
    int next = 1;
    char quote = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            if (c == quote)
                quote = 0;
            out += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(next++);
        } else {
            out += c;
        }
    }
    return out;
}

class PostgresPrepared final : public Statements::Prepared
{
public:
    PostgresPrepared(QByteArray sql, PGconn *connection, QByteArray name)
        : Prepared(std::move(sql)), m_connection(connection), m_name(std::move(name))
    { }
    ~PostgresPrepared() override
    {
        PQclear(m_result);
        // Gone with the connection when that closes first; otherwise let go of it here.
        if (PQstatus(m_connection) == CONNECTION_OK)
            PQclear(PQexec(m_connection, QByteArray("DEALLOCATE " + m_name).constData()));
    }

    void bind(int index, qint64 value) override { slot(index) = QByteArray::number(value); }
    void bind(int index, QByteArrayView utf8) override { slot(index) = utf8.toByteArray(); }
    void bindNull(int index) override { slot(index) = std::nullopt; }

    bool step() override
    {
        if (!m_result)
            execute();
        return ++m_row < PQntuples(m_result);
    }

    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column); }
    qint64 int64(int column) const override
    {
        const char *text = PQgetvalue(m_result, m_row, column);
        const qsizetype size = PQgetlength(m_result, m_row, column);
        qint64 value = 0;
        if (size == 1 && (*text == 't' || *text == 'f')) // a boolean
            return *text == 't' ? 1 : 0;
        std::from_chars(text, text + size, value);
        return value;
    }
    QByteArrayView utf8(int column) const override
    {
        if (PQgetisnull(m_result, m_row, column))
            return {};
        return QByteArrayView(
            PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }

    void reset(Statements::Cost &cost) override
    {
        cost = {};
        PQclear(m_result);
        m_result = nullptr;
        m_row = -1;
        m_values.clear();
    }

private:
    // The value bound at index (from 1), room made for it.
    std::optional<QByteArray> &slot(int index)
    {
        if (qsizetype(m_values.size()) < index)
            m_values.resize(index);
        return m_values[index - 1];
    }

    void execute()
    {
        std::vector<const char *> values;
        std::vector<int> lengths;
        values.reserve(m_values.size());
        lengths.reserve(m_values.size());
        for (const std::optional<QByteArray> &value : m_values) {
            values.push_back(value ? value->constData() : nullptr);
            lengths.push_back(value ? int(value->size()) : 0);
        }
        m_result = PQexecPrepared(m_connection, m_name.constData(), int(values.size()),
            values.data(), lengths.data(), nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const QByteArray message = PQresultErrorMessage(m_result);
            PQclear(m_result);
            m_result = nullptr;
            fail("exec", message.constData(), sql());
        }
    }

    PGconn *m_connection = nullptr;
    QByteArray m_name;
    std::vector<std::optional<QByteArray>> m_values;
    PGresult *m_result = nullptr;
    int m_row = -1;
};

} // namespace

std::unique_ptr<Statements> PostgresStatements::create(const QVariant &handle)
{
    // Qt's driver declares the handle's type by the struct's name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return nullptr;
    return std::unique_ptr<Statements>(new PostgresStatements(connection));
}

std::unique_ptr<Statements::Prepared> PostgresStatements::prepare(const QByteArray &sql)
{
    const QByteArray name = "hearth_" + QByteArray::number(++m_prepared);
    PGresult *result = PQprepare(
        m_connection, name.constData(), numberedParameters(sql).constData(), 0, nullptr);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QByteArray message = ok ? QByteArray() : QByteArray(PQresultErrorMessage(result));
    PQclear(result);
    if (!ok)
        fail("prepare", message.constData(), sql);
    return std::make_unique<PostgresPrepared>(sql, m_connection, name);
}

bool PostgresStatements::isIdle() const
{
    return PQtransactionStatus(m_connection) == PQTRANS_IDLE;
}

void PostgresStatements::beginRead()
{
    // One snapshot for every read in it, as SQLite's read transaction gives. And in it, the
    // kept statements run on the plan PostgreSQL made once for them: by default it plans a
    // statement anew for its values every time, which cost a feed page four times what
    // running it did (docs/performance.md). One round trip for both.
    PGresult *result = PQexec(m_connection,
        "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; "
        "SET LOCAL plan_cache_mode = force_generic_plan");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    const QByteArray message = ok ? QByteArray() : QByteArray(PQresultErrorMessage(result));
    PQclear(result);
    if (!ok)
        fail("begin", message.constData(), "BEGIN");
}

void PostgresStatements::endRead() noexcept
{
    // A read-only transaction cannot lose anything; should COMMIT fail, ROLLBACK ends it.
    PGresult *result = PQexec(m_connection, "COMMIT");
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok)
        PQclear(PQexec(m_connection, "ROLLBACK"));
}

} // namespace Hearth
