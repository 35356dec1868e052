#pragma once

#include <QWidget>

namespace caseloop {

class Session;

/// Base of every page in the main window's working area. A view loads its data itself
/// (off the GUI thread when it is slow) and says when it is ready, so the screenshot mode
/// and the tests can wait for it.
class AppView : public QWidget {
    Q_OBJECT

public:
    AppView(Session& session, QWidget* parent = nullptr);

    /// Reloads the view's data (F5). The default does nothing.
    virtual void refresh() {}
    /// True once the current data is shown (or the view has none to load).
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// Emitted each time a load finishes and the data is on screen.
    void loaded();

protected:
    Session& session() { return m_session; }
    /// Marks the view as loading (false) or loaded (true; emits loaded()).
    void setLoaded(bool loaded);

private:
    Session& m_session;
    bool m_loaded = false;
};

} // namespace caseloop
