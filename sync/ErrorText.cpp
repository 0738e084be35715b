#include "ErrorText.h"

#include "net/ApiClient.h"

namespace Hearth {

QString ErrorText::describe(const ApiError &error)
{
    return ApiClient::describe(error);
}

} // namespace Hearth
