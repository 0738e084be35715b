#pragma once

#include "User.h"

namespace Hearth {

// What registering or logging in gives: a bearer token and who it belongs to.
// The token is a secret: it goes to the keychain and nowhere else.
struct Session
{
    QString token;
    User user;

    bool operator==(const Session &) const = default;
};

} // namespace Hearth
