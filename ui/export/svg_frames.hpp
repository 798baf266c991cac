// SPDX-License-Identifier: MIT
// The timeline of every step of a run, as the renderer draws it, in little room: each frame is
// an SVG from QSvgGenerator, read into drawing primitives (a leaf element with the attributes
// of the groups around it); a primitive met before is kept once, and a frame is written as the
// previous one's runs it keeps and the primitives it adds. The web page rebuilds frame k from
// these with createElementNS, setAttribute and textContent: no markup is ever parsed there.
//
// JSON: {"groups": [{attribute: value}...], "styles": [{attribute: value}...],
//        "prims": [[[group ids], leaf]...], "frames": [[op...]...]} where a leaf is
// [tag, style id, {geometric attribute: value}, text or [leaves]] and an op is a primitive id,
// or [start, length] of the previous frame's list.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QXmlStreamReader;

#include <vector>

namespace ys::ui {

class SvgFrames {
public:
    // Adds the next frame; false when the SVG cannot be read.
    bool add(const QByteArray& svg);
    QJsonObject toJson() const;
    std::size_t frameCount() const { return static_cast<std::size_t>(frames_.size()); }

private:
    int intern(QHash<QString, int>& ids, QJsonArray& table, const QJsonValue& value);
    QJsonArray leaf(QXmlStreamReader& reader);
    // Reads the primitives of an SVG document onto `frame`; false when it is not well formed.
    bool parse(const QByteArray& svg, std::vector<int>& frame);
    QJsonArray encode(const std::vector<int>& frame) const;

    QHash<QString, int> groupIds_;
    QJsonArray groups_;
    QHash<QString, int> styleIds_;
    QJsonArray styles_;
    QHash<QString, int> primIds_;
    QJsonArray prims_;
    QJsonArray frames_;
    QHash<QByteArray, std::vector<int>> blocks_; // a group's text -> its primitives
    std::vector<int> previous_;
};

} // namespace ys::ui
