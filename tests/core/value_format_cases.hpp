// SPDX-License-Identifier: MIT
// How values print, as test data. Apart from the test's own file: moc cannot read raw string
// literals holding \" (it finds no class in such a file), and these read best raw.
#pragma once

#include <string>
#include <vector>

struct ValueFormatCase {
    const char* name;
    std::string json;    // as a trace keeps it
    std::string literal; // jsLiteral
    std::string console; // consoleText
    std::string line;    // consoleLine
};
std::vector<ValueFormatCase> valueFormatCases();

// An object whose first member holding a string has a key that is no identifier.
struct ValuePartsCase {
    std::string json, literal, memberKey, memberText, memberLiteral;
};
ValuePartsCase valuePartsCase();
