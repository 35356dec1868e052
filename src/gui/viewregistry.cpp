#include "viewregistry.h"

#include "cases/caselistview.h"
#include "followups/followupsview.h"
#include "overview/overviewview.h"
#include "placeholder/placeholderview.h"

namespace caseloop {

namespace {

ViewDescriptor placeholder(const QString& name, const QString& icon, const char* title,
                           const char* description)
{
    ViewDescriptor d{name, icon, title, description, {}};
    d.create = [d](Session& session, QWidget* parent) -> AppView* {
        return new PlaceholderView(session, d, parent);
    };
    return d;
}

std::vector<ViewDescriptor> makeViews()
{
    std::vector<ViewDescriptor> views;
    views.push_back(ViewDescriptor{
        QStringLiteral("overview"), QStringLiteral(":/icons/home.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Overview"),
        QT_TRANSLATE_NOOP("ViewRegistry", "The figures of this database at a glance."),
        [](Session& session, QWidget* parent) -> AppView* {
            return new OverviewView(session, parent);
        }});
    views.push_back(ViewDescriptor{
        QStringLiteral("cases"), QStringLiteral(":/icons/cases.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Cases"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Your case queue will appear here: search, filter and "
                                          "open cases to log contacts and promises."),
        [](Session& session, QWidget* parent) -> AppView* {
            return new CaseListView(session, parent);
        }});
    views.push_back(ViewDescriptor{
        QStringLiteral("followups"), QStringLiteral(":/icons/followups.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Follow-ups"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Follow-ups due today and overdue will be listed here, "
                                          "with calls, messages and field visits."),
        [](Session& session, QWidget* parent) -> AppView* {
            return new FollowUpsView(session, parent);
        }});
    views.push_back(placeholder(
        QStringLiteral("feedback"), QStringLiteral(":/icons/feedback.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Feedback"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Survey responses from debtors and clients will be "
                                          "collected and reviewed here.")));
    views.push_back(placeholder(
        QStringLiteral("complaints"), QStringLiteral(":/icons/complaints.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Complaints"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Complaints will be registered, investigated and "
                                          "resolved here, with their deadlines.")));
    views.push_back(placeholder(
        QStringLiteral("dashboard"), QStringLiteral(":/icons/dashboards.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Dashboards"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Satisfaction and complaint rates per agent and team "
                                          "will be charted here.")));
    views.push_back(placeholder(
        QStringLiteral("reports"), QStringLiteral(":/icons/reports.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Reports"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Reports for supervisors, clients and regulators will "
                                          "be created and exported here.")));
    views.push_back(placeholder(
        QStringLiteral("audit"), QStringLiteral(":/icons/audit.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Audit"),
        QT_TRANSLATE_NOOP("ViewRegistry", "The tamper-evident record of every change will be "
                                          "browsed and verified here.")));
    views.push_back(placeholder(
        QStringLiteral("settings"), QStringLiteral(":/icons/settings.svg"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Settings"),
        QT_TRANSLATE_NOOP("ViewRegistry", "Users, teams, contact rules, surveys and outcome "
                                          "codes will be managed here.")));
    return views;
}

} // namespace

const std::vector<ViewDescriptor>& ViewRegistry::all()
{
    static const std::vector<ViewDescriptor> views = makeViews();
    return views;
}

const ViewDescriptor* ViewRegistry::find(const QString& name)
{
    for (const ViewDescriptor& view : all()) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

QStringList ViewRegistry::names()
{
    QStringList list;
    for (const ViewDescriptor& view : all())
        list << view.name;
    return list;
}

QString ViewRegistry::title(const ViewDescriptor& view)
{
    return tr(view.title);
}

QString ViewRegistry::description(const ViewDescriptor& view)
{
    return tr(view.description);
}

} // namespace caseloop
