// SPDX-License-Identifier: MIT
#include "core/demos/params.hpp"

#include "core/text/message_text.hpp"

#include <charconv>

namespace ys {
namespace {

std::string joined(const std::vector<std::int64_t>& values)
{
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i != 0) out += ',';
        out += std::to_string(values[i]);
    }
    return out;
}

bool parseInteger(std::string_view text, std::int64_t& out)
{
    if (text.empty()) return false;
    if (text.front() == '+') text.remove_prefix(1);
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

} // namespace

std::string ParamSpec::acceptedValues() const
{
    const std::string range = std::to_string(min) + " to " + std::to_string(max);
    if (!isList) return "an integer from " + range;
    return std::to_string(minItems) + " to " + std::to_string(maxItems) + " integers from " + range +
           ", comma-separated";
}

std::string ParamSpec::defaultText() const { return joined(defaults); }

Params::Params(std::string demoName, const std::vector<ParamSpec>* specs)
    : demo_(std::move(demoName)), specs_(specs)
{
    for (const ParamSpec& spec : *specs_)
        values_.push_back(spec.defaults);
}

std::size_t Params::indexOf(std::string_view name) const
{
    for (std::size_t i = 0; i < specs_->size(); ++i) {
        if ((*specs_)[i].name == name) return i;
    }
    std::string names;
    for (const ParamSpec& spec : *specs_) {
        if (!names.empty()) names += ", ";
        names += spec.name;
    }
    if (names.empty()) names = "none";
    throw ParamError("unknown parameter '" + quotedValue(name) + "' for demo '" + demo_ +
                     "' (its parameters: " + names + ")");
}

std::int64_t Params::integer(std::string_view name) const { return values_[indexOf(name)].front(); }

const std::vector<std::int64_t>& Params::list(std::string_view name) const { return values_[indexOf(name)]; }

void Params::set(std::string_view name, std::string_view text)
{
    const std::size_t index = indexOf(name);
    const ParamSpec& spec = (*specs_)[index];
    auto fail = [&] {
        throw ParamError("parameter '" + spec.name + "' of demo '" + demo_ + "' must be " +
                         spec.acceptedValues() + ", got '" + quotedValue(text) + "'");
    };
    std::vector<std::int64_t> values;
    std::size_t start = 0;
    while (true) {
        if (!spec.isList && start != 0) fail();
        const std::size_t comma = spec.isList ? text.find(',', start) : std::string_view::npos;
        std::string_view item =
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        std::int64_t value = 0;
        if (!parseInteger(item, value) || value < spec.min || value > spec.max) fail();
        values.push_back(value);
        if (values.size() > spec.maxItems) fail();
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    if (values.size() < spec.minItems) fail();
    values_[index] = std::move(values);
}

void Params::assign(std::string_view assignment)
{
    const std::size_t eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0) {
        throw ParamError("--set takes key=value, got '" + quotedValue(assignment) + "'");
    }
    set(assignment.substr(0, eq), assignment.substr(eq + 1));
}

void Params::setInteger(std::string_view name, std::int64_t value) { set(name, std::to_string(value)); }

void Params::setList(std::string_view name, const std::vector<std::int64_t>& values)
{
    set(name, joined(values));
}

std::string Params::text(std::string_view name) const { return joined(values_[indexOf(name)]); }

std::string Params::toJson() const
{
    std::string out = "{";
    for (std::size_t i = 0; i < specs_->size(); ++i) {
        if (i != 0) out += ',';
        out += '"' + (*specs_)[i].name + "\":";
        out += (*specs_)[i].isList ? "[" + joined(values_[i]) + "]" : joined(values_[i]);
    }
    return out + "}";
}

} // namespace ys
