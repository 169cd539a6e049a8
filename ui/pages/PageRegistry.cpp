#include "pages/PageRegistry.h"

#include "pages/Page.h"
// PAGE INCLUDES (keep this marker line)
#include "pages/AccreditationPage.h"
#include "pages/ActionPlanPage.h"
#include "pages/AuditPage.h"
#include "pages/EvidencePage.h"
#include "pages/HistoryPage.h"
#include "pages/OverviewPage.h"
#include "pages/PortfolioPage.h"
#include "pages/RaceCharterPage.h"
#include "pages/ReferenceGroupPage.h"
#include "pages/SummaryGridPage.h"

namespace equimark {

std::vector<Page*> createPages(QWidget* parent) {
    std::vector<Page*> pages;
    // PAGE LIST (keep this marker line; one `pages.push_back(new XxxPage(parent));` per page,
    // in this order: Overview, Reference group, Audit, Summary grid, Action plan, Evidence,
    // Accreditation)
    pages.push_back(new OverviewPage(parent));
    pages.push_back(new ReferenceGroupPage(parent));
    pages.push_back(new AuditPage(parent));
    pages.push_back(new SummaryGridPage(parent));
    pages.push_back(new ActionPlanPage(parent));
    pages.push_back(new EvidencePage(parent));
    pages.push_back(new AccreditationPage(parent));
    pages.push_back(new RaceCharterPage(parent));
    pages.push_back(new PortfolioPage(parent));
    pages.push_back(new HistoryPage(parent));
    Q_UNUSED(parent)
    return pages;
}

} // namespace equimark
