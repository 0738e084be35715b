#pragma once

#include <QString>

namespace Hearth {

class ApiError;

// What to tell a person about an error from the community, for the views (which do not talk
// to the network themselves): ApiClient's words, the client's own where it knows the
// situation better than the server's message can.
class ErrorText
{
public:
    static QString describe(const ApiError &error);
};

} // namespace Hearth
