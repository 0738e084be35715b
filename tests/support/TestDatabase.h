#pragma once

#include <QString>

#include <memory>

namespace Hearth::Testing {

class PostgresCluster;

// Where a test that opens a Store itself keeps its data: an SQLite file in folder, or, when
// the environment says HEARTH_TEST_DATABASE=postgresql (CTest runs such suites both ways),
// a database on a private PostgreSQL cluster of its own, started on first use and gone
// with the object.
class TestDatabase
{
public:
    explicit TestDatabase(QString folder);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // What Store::open() takes: the file's path or the database's URL. Empty, with the
    // reason in errorString(), when the cluster does not start.
    QString location();
    QString errorString() const { return m_error; }

    // Whether stores run on PostgreSQL (HEARTH_TEST_DATABASE=postgresql).
    static bool onPostgres();

private:
    QString m_folder;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_error;
};

} // namespace Hearth::Testing
