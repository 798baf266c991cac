// SPDX-License-Identifier: MIT
#include "core/trace/operation.hpp"

namespace ys {
namespace {

constexpr std::string_view kTimerPrefix = "setTimeout ";
constexpr std::string_view kFetchPrefix = "fetch ";

std::string_view trim(std::string_view s)
{
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string operationLabel(const Operation& op)
{
    switch (op.kind) {
    case OperationKind::Timer:
        return std::string(kTimerPrefix) + op.argument;
    case OperationKind::Fetch:
        return std::string(kFetchPrefix) + op.argument;
    case OperationKind::ResponseJson:
    case OperationKind::Other:
        return op.argument;
    }
    return op.argument;
}

Operation operationFromLabel(std::string_view label)
{
    if (label.starts_with(kTimerPrefix))
        return {OperationKind::Timer, std::string(trim(label.substr(kTimerPrefix.size())))};
    if (label.starts_with(kFetchPrefix))
        return {OperationKind::Fetch, std::string(trim(label.substr(kFetchPrefix.size())))};
    if (label.find(".json()") != std::string_view::npos)
        return {OperationKind::ResponseJson, std::string(label)};
    return {OperationKind::Other, std::string(label)};
}

} // namespace ys
