// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFont>

namespace mr {

// A font that really is fixed-pitch (QFontInfo::fixedPitch), starting from `preferred`.
// Font matching may resolve a "monospace" request to a proportional face (for example under a
// Japanese locale, where fontconfig prefers a CJK family): text laid out on a column grid then
// drifts. When `preferred` does not resolve to a fixed-pitch face, the first installed
// fixed-pitch family that covers Latin is used at the same size, weight and style.
QFont fixedPitchFont(const QFont &preferred);

// fixedPitchFont() of the system's fixed font.
QFont systemFixedPitchFont();

} // namespace mr
