#pragma once

#include <QString>

namespace plenum::render {

/// Lays out HTML with QTextDocument and writes it to PATH as "pdf" (A4, QPdfWriter) or "odt"
/// (OpenDocument text). Needs a QGuiApplication (offscreen is fine). Throws core::Error naming the file.
void writeDocument(const QString &html, const QString &path, const QString &format);

} // namespace plenum::render
