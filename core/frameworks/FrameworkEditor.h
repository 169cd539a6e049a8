#pragma once

#include "Result.h"
#include "domain/Framework.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace equimark {

// Completes or corrects a framework's wording, for a school holding the official booklet
// of a scheme whose text is only partly public. Works on the framework's JSON so that the
// stored copy stays a valid framework file; entered text is marked as known. The result is
// validated by FrameworkLoader like any framework file.
class FrameworkEditor {
    Q_DECLARE_TR_FUNCTIONS(FrameworkEditor)

public:
    explicit FrameworkEditor(const Framework& framework);

    // race-charter
    Status setSectionName(const QString& sectionId, const QString& name);
    Status addSection(const QString& sectionId, const QString& name);
    Status setCriterionText(const QString& criterionId, const QString& text);
    Status addCriterion(const QString& sectionId, const QString& criterionId,
                        const QString& text);
    Status setStandard(const QString& standardId, const QString& name,
                       const QString& description);

    // The edited framework, loaded and validated from the edited JSON.
    Result<Framework> result() const;

private:
    QJsonObject m_root;
};

} // namespace equimark
