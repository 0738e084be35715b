#pragma once

#include <QDir>
#include <QString>

namespace Hearth {

class Store;

// Fills the database with many synthetic posts, comments and reactions for benchmarks
// (hearth-server --generate N [--topic SLUG]): posts, stories and videos, some with photos,
// reactions and comments spread as they are in a real community (most posts get a few,
// a few get many). Its text is filler and its pictures are painted scenes, deterministic
// from a fixed seed; all in one transaction with statements prepared once.
class SyntheticCommunity
{
public:
    SyntheticCommunity(Store &store, const QDir &mediaDir);

    // Adds postCount posts. With a topic, every post is in it (the topic's slug, made when
    // missing); without one, the posts spread over a dozen topics.
    void generate(int postCount, const QString &topic = {});

private:
    Store &m_store;
    QDir m_mediaDir;
};

} // namespace Hearth
