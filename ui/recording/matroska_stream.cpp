// SPDX-License-Identifier: MIT
#include "ui/recording/matroska_stream.hpp"

#include <cstdint>

namespace ys::ui::matroska {
namespace {

// Element IDs (RFC 9559), written as they appear in the stream, marker bits included.
constexpr std::uint32_t kEbml = 0x1A45DFA3;
constexpr std::uint32_t kEbmlVersion = 0x4286;
constexpr std::uint32_t kEbmlReadVersion = 0x42F7;
constexpr std::uint32_t kEbmlMaxIdLength = 0x42F2;
constexpr std::uint32_t kEbmlMaxSizeLength = 0x42F3;
constexpr std::uint32_t kDocType = 0x4282;
constexpr std::uint32_t kDocTypeVersion = 0x4287;
constexpr std::uint32_t kDocTypeReadVersion = 0x4285;
constexpr std::uint32_t kSegment = 0x18538067;
constexpr std::uint32_t kInfo = 0x1549A966;
constexpr std::uint32_t kTimestampScale = 0x2AD7B1;
constexpr std::uint32_t kMuxingApp = 0x4D80;
constexpr std::uint32_t kWritingApp = 0x5741;
constexpr std::uint32_t kTracks = 0x1654AE6B;
constexpr std::uint32_t kTrackEntry = 0xAE;
constexpr std::uint32_t kTrackNumber = 0xD7;
constexpr std::uint32_t kTrackUid = 0x73C5;
constexpr std::uint32_t kTrackType = 0x83;
constexpr std::uint32_t kFlagLacing = 0x9C;
constexpr std::uint32_t kCodecId = 0x86;
constexpr std::uint32_t kVideo = 0xE0;
constexpr std::uint32_t kPixelWidth = 0xB0;
constexpr std::uint32_t kPixelHeight = 0xBA;
// The specification spells these two elements Colour and ColourSpace.
constexpr std::uint32_t kColorSpace = 0x2EB524;
constexpr std::uint32_t kColor = 0x55B0;
constexpr std::uint32_t kMatrixCoefficients = 0x55B1;
constexpr std::uint32_t kRange = 0x55B9;
constexpr std::uint32_t kTransferCharacteristics = 0x55BA;
constexpr std::uint32_t kPrimaries = 0x55BB;
constexpr std::uint32_t kCluster = 0x1F43B675;
constexpr std::uint32_t kTimestamp = 0xE7;
constexpr std::uint32_t kSimpleBlock = 0xA3;

constexpr std::uint64_t kNanosecondsPerTick = 1000; // stamps in microseconds

void appendId(QByteArray& out, std::uint32_t id)
{
    bool started = false;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const auto byte = static_cast<char>((id >> shift) & 0xFF);
        started = started || byte != 0;
        if (started) out.append(byte);
    }
}

// A size in eight bytes: a marker byte, then the value in seven (sizes up to 2^56 - 2).
void appendSize(QByteArray& out, std::uint64_t size)
{
    out.append(char(0x01));
    for (int shift = 48; shift >= 0; shift -= 8)
        out.append(static_cast<char>((size >> shift) & 0xFF));
}

void appendElement(QByteArray& out, std::uint32_t id, const QByteArray& data)
{
    appendId(out, id);
    appendSize(out, static_cast<std::uint64_t>(data.size()));
    out.append(data);
}

void appendUnsigned(QByteArray& out, std::uint32_t id, std::uint64_t value)
{
    QByteArray bytes;
    for (int shift = 56; shift >= 0; shift -= 8) {
        const auto byte = static_cast<char>((value >> shift) & 0xFF);
        if (!bytes.isEmpty() || byte != 0 || shift == 0) bytes.append(byte);
    }
    appendElement(out, id, bytes);
}

} // namespace

QByteArray streamHeader(const QSize& size)
{
    QByteArray out;
    QByteArray ebml;
    appendUnsigned(ebml, kEbmlVersion, 1);
    appendUnsigned(ebml, kEbmlReadVersion, 1);
    appendUnsigned(ebml, kEbmlMaxIdLength, 4);
    appendUnsigned(ebml, kEbmlMaxSizeLength, 8);
    appendElement(ebml, kDocType, "matroska");
    appendUnsigned(ebml, kDocTypeVersion, 4);
    appendUnsigned(ebml, kDocTypeReadVersion, 2);
    appendElement(out, kEbml, ebml);

    appendId(out, kSegment);
    out.append("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8); // size unknown: the stream goes on

    QByteArray info;
    appendUnsigned(info, kTimestampScale, kNanosecondsPerTick);
    appendElement(info, kMuxingApp, "yieldscope");
    appendElement(info, kWritingApp, "yieldscope");
    appendElement(out, kInfo, info);

    QByteArray video;
    appendUnsigned(video, kPixelWidth, static_cast<std::uint64_t>(size.width()));
    appendUnsigned(video, kPixelHeight, static_cast<std::uint64_t>(size.height()));
    appendElement(video, kColorSpace, "I420"); // the pixels' FourCC: planar 4:2:0
    // What the numbers mean (yuv_frame.hpp): BT.709 throughout, limited range. The encoder
    // passes it on to the video, so players do not have to guess.
    QByteArray color;
    appendUnsigned(color, kMatrixCoefficients, 1); // BT.709
    appendUnsigned(color, kRange, 1);              // broadcast (limited)
    appendUnsigned(color, kTransferCharacteristics, 1);
    appendUnsigned(color, kPrimaries, 1);
    appendElement(video, kColor, color);
    QByteArray track;
    appendUnsigned(track, kTrackNumber, 1);
    appendUnsigned(track, kTrackUid, 1);
    appendUnsigned(track, kTrackType, 1); // video
    appendUnsigned(track, kFlagLacing, 0);
    appendElement(track, kCodecId, "V_UNCOMPRESSED");
    appendElement(track, kVideo, video);
    QByteArray tracks;
    appendElement(tracks, kTrackEntry, track);
    appendElement(out, kTracks, tracks);
    return out;
}

QByteArray pictureHeader(std::int64_t microseconds, std::int64_t bytes)
{
    // The block: track 1 (as a one-byte number), its time relative to the cluster's (0),
    // flags (a key frame: every raw picture stands alone), then the picture.
    constexpr std::uint64_t kBlockHead = 4;
    QByteArray time;
    appendUnsigned(time, kTimestamp, static_cast<std::uint64_t>(microseconds));
    QByteArray blockStart;
    appendId(blockStart, kSimpleBlock);
    appendSize(blockStart, kBlockHead + static_cast<std::uint64_t>(bytes));
    blockStart.append("\x81\x00\x00\x80", 4);

    QByteArray out;
    appendId(out, kCluster);
    appendSize(out, static_cast<std::uint64_t>(time.size() + blockStart.size() + bytes));
    out.append(time);
    out.append(blockStart);
    return out;
}

} // namespace ys::ui::matroska
