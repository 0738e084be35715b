#include "TestDatabase.h"

#include "PostgresCluster.h"
#include "ServerProcess.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Hearth::Testing {

TestDatabase::TestDatabase(QString folder) : m_folder(std::move(folder)) { }

TestDatabase::~TestDatabase() = default;

bool TestDatabase::onPostgres()
{
    return ServerProcess::onPostgres();
}

QString TestDatabase::location()
{
    if (!onPostgres())
        return QDir(m_folder).filePath(u"hearth.db"_s);
    if (!m_cluster) {
        auto cluster = std::make_unique<PostgresCluster>();
        if (!cluster->start()) {
            m_error = u"the PostgreSQL cluster did not start: "_s + cluster->errorString();
            return {};
        }
        m_cluster = std::move(cluster);
    }
    return m_cluster->url();
}

} // namespace Hearth::Testing
