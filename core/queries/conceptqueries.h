#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace plenum::core {

class Repository;

/// A concept with what the concept browser needs.
struct ConceptSummary {
    QString id;
    QString nameEn;
    QString nameZh;
    QStringList broader; ///< IDs of broader concepts
};

/// One step of a concept's history: a milestone where it first appears or was reshaped.
struct ConceptStep {
    QString milestoneId;
    QString date;
    bool first = false;
    QString note;
};

/// All concepts, sorted by English name, with their broader concepts.
QList<ConceptSummary> conceptSummaries(Repository &repo);
/// The history of concept ID in date order.
QList<ConceptStep> conceptHistory(Repository &repo, const QString &id);

} // namespace plenum::core
