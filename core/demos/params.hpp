// SPDX-License-Identifier: MIT
// A demo's named parameters: their specifications (default, accepted range) and the values
// of one run, parsed from `key=value` text with one clear message for every bad form.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

struct ParamSpec {
    std::string name;
    std::string help;
    std::int64_t min = 0;
    std::int64_t max = 0;
    std::vector<std::int64_t> defaults; // one value, or the default list of a list parameter
    bool isList = false;
    std::size_t minItems = 1; // list parameters only
    std::size_t maxItems = 1;

    // "an integer from 0 to 86400000" / "1 to 26 integers from 0 to 86400000, comma-separated"
    std::string acceptedValues() const;
    std::string defaultText() const;
};

// A bad parameter name or value; what() is the whole message for the user.
class ParamError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Params {
public:
    Params() = default;
    Params(std::string demoName, const std::vector<ParamSpec>* specs); // all defaults

    std::int64_t integer(std::string_view name) const;
    const std::vector<std::int64_t>& list(std::string_view name) const;

    // Sets one parameter from text; throws ParamError naming the problem and what is accepted.
    void set(std::string_view name, std::string_view text);
    // "name=value", as given to --set.
    void assign(std::string_view assignment);
    // Sets a value directly (from a spin box); throws ParamError when out of range.
    void setInteger(std::string_view name, std::int64_t value);
    void setList(std::string_view name, const std::vector<std::int64_t>& values);

    const std::vector<ParamSpec>& specs() const { return *specs_; }
    const std::string& demoName() const { return demo_; }

    // The value as the listing and the trace header show it: "500" or "300,100,200".
    std::string text(std::string_view name) const;
    // {"from":3,"ms":500}
    std::string toJson() const;

    bool operator==(const Params& other) const { return demo_ == other.demo_ && values_ == other.values_; }

private:
    std::size_t indexOf(std::string_view name) const;

    std::string demo_;
    const std::vector<ParamSpec>* specs_ = nullptr;
    std::vector<std::vector<std::int64_t>> values_;
};

} // namespace ys
