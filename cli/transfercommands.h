#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace plenum::cli {

struct Context;

/// Writes a self-contained HTML page as a "pdf" file at a path; throws core::Error.
/// It needs QtGui, which plenum_cli must not link: app/cli registers ui's writer at start-up.
using DocumentWriter = std::function<void(const QString &html, const QString &path, const QString &format)>;

/// Registers the PDF/ODT writer (app/cli/main.cpp does, with render::writeDocument).
void setDocumentWriter(DocumentWriter writer);
/// True when ARGS (plenum-cli's arguments) ask for a pdf export, so main() knows it needs a QGuiApplication.
bool needsDocumentWriter(const QStringList &args);

/// `import FILE [--format paper|pdf|html|mhtml|docx|official|bibtex|ris|csljson] [--dry-run] [--link]`
int cmdImport(Context &ctx);
/// `export (--notes [IDS] | --refs [IDS] | --dossier ID) --format … --out FILE [--style NAME|FILE.csl] [--pandoc]
/// [--force]`
int cmdExport(Context &ctx);

} // namespace plenum::cli
