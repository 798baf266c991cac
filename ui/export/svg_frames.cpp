// SPDX-License-Identifier: MIT
#include "ui/export/svg_frames.hpp"

#include <QJsonDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace ys::ui {
namespace {

// The drawing's attributes only: nothing that could run script or fetch a resource.
bool allowed(QStringView name)
{
    return !name.startsWith(QLatin1String("on"), Qt::CaseInsensitive) &&
           !name.contains(QLatin1String("href"), Qt::CaseInsensitive);
}

// Where a primitive is (kept with it) as against how it looks (shared with others).
bool geometric(QStringView name)
{
    static const char* const kGeometric[] = {"x", "y",  "width", "height", "d",  "points", "cx", "cy",
                                             "r", "rx", "ry",    "x1",     "y1", "x2",     "y2"};
    return std::any_of(std::begin(kGeometric), std::end(kGeometric),
                       [name](const char* g) { return name == QLatin1String(g); });
}

QJsonObject attributes(const QXmlStreamReader& reader, bool wantGeometric)
{
    QJsonObject a;
    for (const QXmlStreamAttribute& attribute : reader.attributes()) {
        const QStringView name = attribute.qualifiedName();
        if (allowed(name) && geometric(name) == wantGeometric)
            a.insert(name.toString(), attribute.value().toString());
    }
    return a;
}

} // namespace

// The element the reader is at, with what it holds: [tag, style id, {geometry}, text or
// [children]].
QJsonArray SvgFrames::leaf(QXmlStreamReader& reader)
{
    QJsonArray node{reader.name().toString(), intern(styleIds_, styles_, attributes(reader, false)),
                    attributes(reader, true)};
    const bool isText = reader.name() == QLatin1String("text");
    QString text;
    QJsonArray children;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
        } else if (reader.isStartElement()) {
            children.append(leaf(reader));
        } else if (reader.isEndElement()) {
            break;
        }
    }
    if (!children.isEmpty()) {
        node.append(children);
    } else if (isText || !text.trimmed().isEmpty()) {
        node.append(text);
    }
    return node;
}

namespace {

QString key(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

} // namespace

int SvgFrames::intern(QHash<QString, int>& ids, QJsonArray& table, const QJsonValue& value)
{
    const QString k = key(value);
    if (const auto it = ids.constFind(k); it != ids.constEnd()) return it.value();
    const int id = static_cast<int>(table.size());
    table.append(value);
    ids.insert(k, id);
    return id;
}

namespace {

bool blank(const QByteArray& svg, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!std::isspace(static_cast<unsigned char>(svg[i]))) return false;
    }
    return true;
}

} // namespace

// QSvgGenerator writes one root group holding a flat list of groups, one per change of the
// painter's state, each with its elements. A group met before in the same words holds the
// same primitives, so only new ones are read: most of a step's frame is the last one's.
bool SvgFrames::add(const QByteArray& svg)
{
    std::vector<int> frame;
    const qsizetype defs = svg.indexOf("</defs>");
    const qsizetype root = defs < 0 ? -1 : svg.indexOf("<g ", defs);
    const qsizetype rootOpen = root < 0 ? -1 : svg.indexOf('>', root) + 1;
    const qsizetype rootClose = svg.lastIndexOf("</g>");
    bool flat = rootOpen > 0 && rootClose > rootOpen;
    qsizetype pos = rootOpen;
    while (flat) {
        const qsizetype start = svg.indexOf("<g ", pos);
        if (start < 0 || start > rootClose) {
            flat = blank(svg, pos, rootClose);
            break;
        }
        const qsizetype end = svg.indexOf("</g>", start);
        const qsizetype nested = svg.indexOf("<g ", start + 1);
        if (!blank(svg, pos, start) || end < 0 || end >= rootClose || (nested >= 0 && nested < end)) {
            flat = false;
            break;
        }
        const QByteArray block = svg.mid(start, end + 4 - start);
        auto cached = blocks_.constFind(block);
        if (cached == blocks_.constEnd()) {
            std::vector<int> ids;
            if (!parse(svg.left(rootOpen) + block + "</g></svg>", ids)) return false;
            cached = blocks_.insert(block, ids);
        }
        frame.insert(frame.end(), cached->begin(), cached->end());
        pos = end + 4;
    }
    if (!flat) {
        frame.clear();
        if (!parse(svg, frame)) return false;
    }
    frames_.append(encode(frame));
    previous_ = std::move(frame);
    return true;
}

bool SvgFrames::parse(const QByteArray& svg, std::vector<int>& frame)
{
    QXmlStreamReader reader(svg);
    std::vector<int> chain; // the groups around the reader, outermost first
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("svg")) continue;
            if (name == QLatin1String("title") || name == QLatin1String("desc") ||
                name == QLatin1String("defs")) {
                reader.skipCurrentElement();
                continue;
            }
            if (name == QLatin1String("g")) {
                QJsonObject all = attributes(reader, false);
                const QJsonObject where = attributes(reader, true);
                for (auto it = where.begin(); it != where.end(); ++it)
                    all.insert(it.key(), it.value());
                chain.push_back(intern(groupIds_, groups_, all));
                continue;
            }
            QJsonArray around;
            for (int g : chain)
                around.append(g);
            frame.push_back(intern(primIds_, prims_, QJsonArray{around, leaf(reader)}));
        } else if (reader.isEndElement() && reader.name() == QLatin1String("g") && !chain.empty()) {
            chain.pop_back();
        }
    }
    return !reader.hasError();
}

// The frame as runs of the previous frame's list (where both agree, in order) and new ids.
// The runs kept are the longest increasing sequence of the previous positions of primitives
// that appear once in each frame: what stays where it was.
QJsonArray SvgFrames::encode(const std::vector<int>& frame) const
{
    std::unordered_map<int, int> oldPos; // id -> position, or -1 when repeated
    for (int i = 0; i < static_cast<int>(previous_.size()); ++i) {
        auto [it, fresh] = oldPos.emplace(previous_[i], i);
        if (!fresh) it->second = -1;
    }
    std::unordered_map<int, int> seen;
    for (int id : frame)
        ++seen[id];
    std::vector<int> pos(frame.size(), -1);
    for (std::size_t i = 0; i < frame.size(); ++i) {
        const auto it = oldPos.find(frame[i]);
        if (it != oldPos.end() && it->second >= 0 && seen[frame[i]] == 1) pos[i] = it->second;
    }
    // Longest increasing subsequence of pos (ignoring -1), patience style.
    std::vector<int> tails; // index into frame of the smallest tail of each length
    std::vector<int> parent(frame.size(), -1);
    for (int i = 0; i < static_cast<int>(frame.size()); ++i) {
        if (pos[i] < 0) continue;
        const auto it = std::lower_bound(tails.begin(), tails.end(), pos[i],
                                         [&pos](int index, int value) { return pos[index] < value; });
        if (it != tails.begin()) parent[i] = *(it - 1);
        if (it == tails.end()) {
            tails.push_back(i);
        } else {
            *it = i;
        }
    }
    std::vector<bool> kept(frame.size(), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = parent[i])
        kept[i] = true;

    QJsonArray ops;
    std::size_t i = 0;
    while (i < frame.size()) {
        if (!kept[i]) {
            ops.append(frame[i]);
            ++i;
            continue;
        }
        // A run of kept primitives that were next to each other before.
        std::size_t j = i + 1;
        while (j < frame.size() && kept[j] && pos[j] == pos[j - 1] + 1)
            ++j;
        ops.append(QJsonArray{pos[i], static_cast<int>(j - i)});
        i = j;
    }
    return ops;
}

QJsonObject SvgFrames::toJson() const
{
    return {{QStringLiteral("groups"), groups_},
            {QStringLiteral("styles"), styles_},
            {QStringLiteral("prims"), prims_},
            {QStringLiteral("frames"), frames_}};
}

} // namespace ys::ui
