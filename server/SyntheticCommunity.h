#pragma once

namespace Hearth {

class Store;

// Fills the database with many synthetic posts, comments and reactions for benchmarks
// (hearth-server --generate N). Its text is filler, deterministic from a fixed seed.
class SyntheticCommunity
{
public:
    explicit SyntheticCommunity(Store &store);
    void generate(int postCount);

private:
    Store &m_store;
};

} // namespace Hearth
