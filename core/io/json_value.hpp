// SPDX-License-Identifier: MIT
// Reading JSON text: a small, strict parser (RFC 8259) for the trace files, and writing the
// parsed value back compactly, the way JSON.stringify writes it.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ys {

struct JsonMember;

struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    // A number's text as written (valid JSON number syntax), or a string's decoded UTF-8.
    std::string text;
    std::vector<JsonValue> items;    // Array
    std::vector<JsonMember> members; // Object, in the order written

    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // The first member named `key`, or nullptr (objects only).
    const JsonValue* find(std::string_view key) const;
};

struct JsonMember {
    std::string key;
    JsonValue value;
};

// What kind of JSON value this is, for messages: "a string", "an object", ...
std::string_view jsonTypeName(JsonValue::Type type);

// Bad JSON text. `offset` is the byte where the problem was found; what() names the problem.
class JsonParseError : public std::runtime_error {
public:
    JsonParseError(const std::string& problem, std::size_t offset)
        : std::runtime_error(problem), offset_(offset)
    {
    }
    std::size_t offset() const { return offset_; }

private:
    std::size_t offset_;
};

// Parses one JSON value that must make up the whole of `text` (whitespace around it allowed).
// Arrays and objects nest at most `maxDepth` deep. Strings must be valid UTF-8; \u escapes
// must not leave a lone surrogate. Throws JsonParseError.
JsonValue parseJson(std::string_view text, int maxDepth = 64);

// The value as compact JSON text: no whitespace, members in their order, strings escaped as
// JSON.stringify escapes them, numbers as written.
void appendJsonValue(std::string& out, const JsonValue& value);

// A number's text as an integer, when it is one (no fraction or exponent) and fits.
bool jsonInteger(const JsonValue& value, long long& out);

} // namespace ys
