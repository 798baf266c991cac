// SPDX-License-Identifier: MIT
#include "tests/core/value_format_cases.hpp"

std::vector<ValueFormatCase> valueFormatCases()
{
    return {
        {"object", R"({"id":1,"name":"user1"})", R"({id: 1, name: "user1"})", R"({id: 1, name: "user1"})",
         R"({id: 1, name: "user1"})"},
        {"key not an identifier", R"({"my key":true,"1a":2})", R"({"my key": true, "1a": 2})",
         R"({"my key": true, "1a": 2})", R"({"my key": true, "1a": 2})"},
        {"string", R"("a,b:c")", R"("a,b:c")", "a,b:c", "a,b:c"},
        {"escapes", R"("a\"b\\c\nd")", R"("a\"b\\c\nd")", "a\"b\\c\nd", "a\"b\\c \u23CE d"},
        {"unicode escapes", R"("\u00e9\ud83d\ude00")", "\"\xc3\xa9\xf0\x9f\x98\x80\"",
         "\xc3\xa9\xf0\x9f\x98\x80", "\xc3\xa9\xf0\x9f\x98\x80"},
        {"lone surrogate", R"("\ud83d")", "\"\xef\xbf\xbd\"", "\xef\xbf\xbd", "\xef\xbf\xbd"},
        {"nested, spaced", R"([ 1 , [2,{"a" : null}] ])", "[1, [2, {a: null}]]", "[1, [2, {a: null}]]",
         "[1, [2, {a: null}]]"},
        {"number", "42", "42", "42", "42"},
        {"not JSON", "{oops", "{oops", "{oops", "{oops"},
        {"empty", "", "", "", ""},
    };
}

ValuePartsCase valuePartsCase()
{
    return {R"({"id":4,"my name":"a\"b","n":"c"})", R"({id: 4, "my name": "a\"b", n: "c"})", R"("my name")",
            "a\"b", R"("a\"b")"};
}
