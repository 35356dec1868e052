#include "casescreen/logcontactform.h"

#include "cases/badgedelegate.h"
#include "cases/caselistmodel.h"
#include "casescreen/caselabels.h"
#include "casescreen/overridedialog.h"
#include "error.h"
#include "services/promiseservice.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace caseloop {

namespace {

using Tone = CaseListModel::Tone;

QString panelStyle(Tone tone)
{
    const QColor c = BadgeDelegate::toneColor(int(tone));
    return QStringLiteral("QFrame#%4 { background: rgba(%1, %2, %3, 0.08); "
                          "border: 1px solid rgba(%1, %2, %3, 0.55); border-radius: 4px; }")
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue());
}

constexpr int kMaxScheduleLines = 6;

} // namespace

LogContactForm::LogContactForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("logContactForm"));
    buildUi();
    retranslateUi();

    m_gateTimer = new QTimer(this);
    m_gateTimer->setInterval(gateRefreshMs);
    connect(m_gateTimer, &QTimer::timeout, this, &LogContactForm::refreshGate);
    m_gateTimer->start();
}

LogContactForm::~LogContactForm() = default;

void LogContactForm::buildUi()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_close = new QPushButton(QStringLiteral("✕"), this);
    m_close->setObjectName(QStringLiteral("closeForm"));
    m_close->setFlat(true);
    m_close->setFixedWidth(m_close->fontMetrics().height() * 2);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_close);

    auto* content = new QWidget;
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto add = [form, this](QLabel*& label, QWidget* field) {
        label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString& code : allCodes<Channel>())
        m_channel->addItem(QIcon(CaseLabels::channelIcon(*fromCode<Channel>(code))), QString(),
                           code);
    add(m_channelLabel, m_channel);
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("direction"));
    m_direction->addItem(QString(), toCode(Direction::Outbound));
    m_direction->addItem(QString(), toCode(Direction::Inbound));
    add(m_directionLabel, m_direction);
    m_point = new QComboBox;
    m_point->setObjectName(QStringLiteral("contactPoint"));
    m_point->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_point->setMinimumContentsLength(16);
    add(m_pointLabel, m_point);
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome->setMinimumContentsLength(14);
    add(m_outcomeLabel, m_outcome);
    m_rpc = new QCheckBox;
    m_rpc->setObjectName(QStringLiteral("rpc"));
    form->addRow(QString(), m_rpc);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_notesLabel = new QLabel(this);
    m_notesLabel->setBuddy(m_notes);

    // Field visit.
    m_visit = new QGroupBox;
    m_visit->setObjectName(QStringLiteral("visit"));
    auto* visitForm = new QFormLayout(m_visit);
    visitForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_visitAddress = new QLineEdit;
    m_visitAddress->setObjectName(QStringLiteral("visitAddress"));
    m_visitAddressLabel = new QLabel;
    visitForm->addRow(m_visitAddressLabel, m_visitAddress);
    m_metPerson = new QComboBox;
    m_metPerson->setObjectName(QStringLiteral("metPerson"));
    for (const QString& code : CaseLabels::metPersonCodes())
        m_metPerson->addItem(QString(), code);
    m_metPersonLabel = new QLabel;
    visitForm->addRow(m_metPersonLabel, m_metPerson);
    m_lat = new QLineEdit;
    m_lat->setObjectName(QStringLiteral("gpsLat"));
    m_lat->setValidator(new QDoubleValidator(-90, 90, 6, m_lat));
    m_lon = new QLineEdit;
    m_lon->setObjectName(QStringLiteral("gpsLon"));
    m_lon->setValidator(new QDoubleValidator(-180, 180, 6, m_lon));
    auto* gps = new QHBoxLayout;
    gps->addWidget(m_lat);
    gps->addWidget(m_lon);
    m_gpsLabel = new QLabel;
    visitForm->addRow(m_gpsLabel, gps);
    m_attachments = new QListWidget;
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_addAttachment = new QPushButton;
    m_removeAttachment = new QPushButton;
    auto* attachButtons = new QHBoxLayout;
    attachButtons->addWidget(m_addAttachment);
    attachButtons->addWidget(m_removeAttachment);
    attachButtons->addStretch(1);
    auto* attachBox = new QVBoxLayout;
    attachBox->addWidget(m_attachments);
    attachBox->addLayout(attachButtons);
    m_attachmentsLabel = new QLabel;
    visitForm->addRow(m_attachmentsLabel, attachBox);

    // Next follow-up.
    m_followUp = new QGroupBox;
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setCheckable(true);
    m_followUp->setChecked(false);
    auto* followForm = new QFormLayout(m_followUp);
    followForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_followUpType = new QComboBox;
    m_followUpType->setObjectName(QStringLiteral("followUpType"));
    for (const QString& code : allCodes<FollowUpType>())
        m_followUpType->addItem(QString(), code);
    m_followUpTypeLabel = new QLabel;
    followForm->addRow(m_followUpTypeLabel, m_followUpType);
    m_followUpDue = new QDateTimeEdit;
    m_followUpDue->setObjectName(QStringLiteral("followUpDue"));
    m_followUpDue->setCalendarPopup(true);
    m_followUpDueLabel = new QLabel;
    followForm->addRow(m_followUpDueLabel, m_followUpDue);
    m_followUpNote = new QLineEdit;
    m_followUpNote->setObjectName(QStringLiteral("followUpNote"));
    m_followUpNoteLabel = new QLabel;
    followForm->addRow(m_followUpNoteLabel, m_followUpNote);

    // Promise to pay.
    m_promise = new QGroupBox;
    m_promise->setObjectName(QStringLiteral("promise"));
    m_promise->setCheckable(true);
    m_promise->setChecked(false);
    auto* promiseForm = new QFormLayout(m_promise);
    promiseForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_amount = new QDoubleSpinBox;
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setDecimals(2);
    m_amount->setRange(0, 100'000'000);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setAlignment(Qt::AlignRight);
    m_amountLabel = new QLabel;
    promiseForm->addRow(m_amountLabel, m_amount);
    m_single = new QRadioButton;
    m_single->setObjectName(QStringLiteral("single"));
    m_single->setChecked(true);
    m_instalments = new QRadioButton;
    m_instalments->setObjectName(QStringLiteral("instalments"));
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_single);
    kind->addWidget(m_instalments);
    kind->addStretch(1);
    promiseForm->addRow(kind);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(2, 120);
    m_count->setValue(3);
    m_countLabel = new QLabel;
    promiseForm->addRow(m_countLabel, m_count);
    m_frequency = new QComboBox;
    m_frequency->setObjectName(QStringLiteral("frequency"));
    for (PlanFrequency f : {PlanFrequency::Weekly, PlanFrequency::Biweekly, PlanFrequency::Monthly})
        m_frequency->addItem(QString(), toCode(f));
    m_frequency->setCurrentIndex(2);
    m_frequencyLabel = new QLabel;
    promiseForm->addRow(m_frequencyLabel, m_frequency);
    m_firstDue = new QDateEdit;
    m_firstDue->setObjectName(QStringLiteral("firstDue"));
    m_firstDue->setCalendarPopup(true);
    m_firstDueLabel = new QLabel;
    promiseForm->addRow(m_firstDueLabel, m_firstDue);
    m_schedule = new QLabel;
    m_schedule->setObjectName(QStringLiteral("schedule"));
    m_schedule->setWordWrap(true);
    m_schedule->setForegroundRole(QPalette::PlaceholderText);
    promiseForm->addRow(m_schedule);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 6, 0);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_notesLabel);
    contentLayout->addWidget(m_notes);
    contentLayout->addWidget(m_visit);
    contentLayout->addWidget(m_followUp);
    contentLayout->addWidget(m_promise);
    contentLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The gate's verdict and the last error, always visible above the buttons.
    m_gatePanel = new QFrame(this);
    m_gatePanel->setObjectName(QStringLiteral("gatePanel"));
    m_gateText = new QLabel(m_gatePanel);
    m_gateText->setObjectName(QStringLiteral("gateText"));
    m_gateText->setWordWrap(true);
    m_gateText->setTextFormat(Qt::RichText);
    m_overrideButton = new QPushButton(m_gatePanel);
    m_overrideButton->setObjectName(QStringLiteral("override"));
    m_askSupervisor = new QLabel(m_gatePanel);
    m_askSupervisor->setObjectName(QStringLiteral("askSupervisor"));
    m_askSupervisor->setWordWrap(true);
    auto* gateLayout = new QVBoxLayout(m_gatePanel);
    gateLayout->setContentsMargins(8, 6, 8, 6);
    gateLayout->addWidget(m_gateText);
    gateLayout->addWidget(m_overrideButton, 0, Qt::AlignLeft);
    gateLayout->addWidget(m_askSupervisor);

    m_errorPanel = new QFrame(this);
    m_errorPanel->setObjectName(QStringLiteral("errorPanel"));
    m_errorPanel->setStyleSheet(panelStyle(Tone::Bad).arg(QStringLiteral("errorPanel")));
    m_errorText = new QLabel(m_errorPanel);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::RichText);
    m_errorToggle = new QPushButton(m_errorPanel);
    m_errorToggle->setObjectName(QStringLiteral("showDetails"));
    m_errorToggle->setCheckable(true);
    m_errorDetails = new QPlainTextEdit(m_errorPanel);
    m_errorDetails->setObjectName(QStringLiteral("errorDetails"));
    m_errorDetails->setReadOnly(true);
    m_errorDetails->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_errorDetails->hide();
    auto* errorLayout = new QVBoxLayout(m_errorPanel);
    errorLayout->setContentsMargins(8, 6, 8, 6);
    errorLayout->addWidget(m_errorText);
    errorLayout->addWidget(m_errorToggle, 0, Qt::AlignLeft);
    errorLayout->addWidget(m_errorDetails);
    m_errorPanel->hide();

    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("saved"));
    m_saved->setWordWrap(true);
    m_saved->setStyleSheet(
        QStringLiteral("color: %1;").arg(BadgeDelegate::toneColor(int(Tone::Good)).name()));
    m_saved->hide();

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    m_shortcutHint = new QLabel(this);
    m_shortcutHint->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_shortcutHint, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 8);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_gatePanel);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_saved);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 46);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &LogContactForm::onChannelChanged);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &LogContactForm::onTargetChanged);
    connect(m_point, &QComboBox::currentIndexChanged, this, &LogContactForm::onTargetChanged);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &LogContactForm::onOutcomeChanged);
    connect(m_instalments, &QRadioButton::toggled, this, &LogContactForm::updateSchedule);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &LogContactForm::updateSchedule);
    connect(m_count, &QSpinBox::valueChanged, this, &LogContactForm::updateSchedule);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &LogContactForm::updateSchedule);
    connect(m_firstDue, &QDateEdit::dateChanged, this, &LogContactForm::updateSchedule);
    connect(m_promise, &QGroupBox::toggled, this, &LogContactForm::updateSchedule);
    connect(m_overrideButton, &QPushButton::clicked, this, &LogContactForm::overrideGate);
    connect(m_addAttachment, &QPushButton::clicked, this, &LogContactForm::addAttachments);
    connect(m_removeAttachment, &QPushButton::clicked, this,
            [this] { qDeleteAll(m_attachments->selectedItems()); });
    connect(m_errorToggle, &QPushButton::toggled, m_errorDetails, &QWidget::setVisible);
    connect(m_save, &QPushButton::clicked, this, &LogContactForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &LogContactForm::requestClose);
    connect(m_close, &QPushButton::clicked, this, &LogContactForm::requestClose);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LogContactForm::save);
    }
    onChannelChanged();
    updateSchedule();
}

void LogContactForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LogContactForm::retranslateUi()
{
    m_title->setText(tr("Log contact"));
    m_close->setToolTip(tr("Close the form (Esc)"));
    m_channelLabel->setText(tr("C&hannel"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(
            i, CaseLabels::channel(*fromCode<Channel>(m_channel->itemData(i).toString())));
    m_directionLabel->setText(tr("&Direction"));
    m_direction->setItemText(0, CaseLabels::direction(Direction::Outbound));
    m_direction->setItemText(1, CaseLabels::direction(Direction::Inbound));
    m_pointLabel->setText(channel() == Channel::Email ? tr("E-&mail") : tr("&Phone"));
    m_outcomeLabel->setText(tr("&Outcome"));
    m_rpc->setText(tr("&Right-party contact (spoke with the debtor)"));
    m_notesLabel->setText(tr("&Notes"));
    m_notes->setPlaceholderText(tr("What was said or done"));
    m_visit->setTitle(tr("Field visit"));
    m_visitAddressLabel->setText(tr("Address"));
    m_metPersonLabel->setText(tr("Who was met"));
    for (int i = 0; i < m_metPerson->count(); ++i)
        m_metPerson->setItemText(i, CaseLabels::metPerson(m_metPerson->itemData(i).toString()));
    m_gpsLabel->setText(tr("GPS (optional)"));
    m_lat->setPlaceholderText(tr("latitude"));
    m_lon->setPlaceholderText(tr("longitude"));
    m_attachmentsLabel->setText(tr("Attachments"));
    m_addAttachment->setText(tr("Add files…"));
    m_removeAttachment->setText(tr("Remove"));
    m_followUp->setTitle(tr("Next &follow-up"));
    m_followUpTypeLabel->setText(tr("Type"));
    for (int i = 0; i < m_followUpType->count(); ++i)
        m_followUpType->setItemText(i, CaseLabels::followUpType(*fromCode<FollowUpType>(
                                           m_followUpType->itemData(i).toString())));
    m_followUpDueLabel->setText(tr("Due"));
    m_followUpNoteLabel->setText(tr("Note"));
    m_promise->setTitle(tr("&Promise to pay"));
    m_amountLabel->setText(tr("Amount"));
    m_single->setText(tr("One payment"));
    m_instalments->setText(tr("Instalments"));
    m_countLabel->setText(tr("Number"));
    m_frequencyLabel->setText(tr("Every"));
    for (int i = 0; i < m_frequency->count(); ++i)
        m_frequency->setItemText(i, CaseLabels::frequency(*fromCode<PlanFrequency>(
                                        m_frequency->itemData(i).toString())));
    m_firstDueLabel->setText(tr("Due (first)"));
    m_overrideButton->setText(tr("Override…"));
    m_askSupervisor->setText(
        tr("Only a supervisor can override the contact rules. Ask a supervisor to override."));
    m_errorToggle->setText(tr("Show details"));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the contact (Ctrl+Enter or Ctrl+S)"));
    m_shortcutHint->setText(tr("Ctrl+Enter saves"));
    fillContactPoints();
    fillOutcomes();
    updateSchedule();
    updateGatePanel();
}

Channel LogContactForm::channel() const
{
    return fromCode<Channel>(m_channel->currentData().toString()).value_or(Channel::Call);
}

Direction LogContactForm::direction() const
{
    return fromCode<Direction>(m_direction->currentData().toString()).value_or(Direction::Outbound);
}

void LogContactForm::setCase(const CaseSnapshot& snapshot)
{
    const bool sameCase = snapshot.caseRecord.id == m_caseId;
    m_caseId = snapshot.caseRecord.id;
    m_currency = snapshot.caseRecord.currentBalance.currency;
    m_phones = snapshot.debtor.phones;
    m_emails = snapshot.debtor.emails;
    QStringList address{snapshot.debtor.addressLine, snapshot.debtor.city, snapshot.debtor.region,
                        snapshot.debtor.postalCode};
    address.removeAll(QString());
    m_debtorAddress = address.join(QStringLiteral(", "));
    m_amount->setPrefix(m_currency + QLatin1Char(' '));
    if (!sameCase) {
        m_token.reset();
        clear();
    }
    fillContactPoints();
    if (m_visitAddress->text().isEmpty())
        m_visitAddress->setText(m_debtorAddress);
    refreshGate();
}

void LogContactForm::fillContactPoints()
{
    const QSignalBlocker block(m_point);
    const QVariant previous = m_point->currentData();
    m_point->clear();
    const Channel ch = channel();
    if (ch == Channel::Call || ch == Channel::Sms) {
        for (const Phone& p : m_phones) {
            QString text = tr("%1 (%2)").arg(p.number, CaseLabels::phoneKind(p.kind));
            if (p.optedOutAt)
                text += QStringLiteral(" — ") + tr("opted out");
            m_point->addItem(text, p.id);
        }
    } else if (ch == Channel::Email) {
        for (const Email& e : m_emails) {
            QString text = e.address;
            if (e.optedOutAt)
                text += QStringLiteral(" — ") + tr("opted out");
            m_point->addItem(text, e.id);
        }
    }
    const int index = m_point->findData(previous);
    // Prefer the first point that is not opted out.
    int first = 0;
    if (ch == Channel::Call || ch == Channel::Sms) {
        for (int i = 0; i < int(m_phones.size()); ++i) {
            if (!m_phones[size_t(i)].optedOutAt) {
                first = i;
                break;
            }
        }
    }
    m_point->setCurrentIndex(index >= 0 ? index : (m_point->count() > 0 ? first : -1));
    const bool hasPoints = ch == Channel::Call || ch == Channel::Sms || ch == Channel::Email;
    m_point->setVisible(hasPoints);
    m_pointLabel->setVisible(hasPoints);
    m_pointLabel->setText(ch == Channel::Email ? tr("E-&mail") : tr("&Phone"));
}

void LogContactForm::fillOutcomes()
{
    const QString previous = m_outcome->currentData().toString();
    const QSignalBlocker block(m_outcome);
    m_outcome->clear();
    m_outcome->addItem(tr("Choose an outcome…"), QString());
    try {
        m_outcomes = ContactLogService::outcomes(m_session.connection(), channel());
    } catch (const Error& e) {
        m_outcomes.clear();
        spdlog::warn("contact form: outcome codes not loaded (kind {})",
                     static_cast<int>(e.kind()));
    }
    for (const OutcomeCode& o : m_outcomes) {
        QString label = CaseLabels::outcome(o);
        if (o.impliedHold)
            label = tr("%1 (creates a hold: %2)").arg(label, CaseLabels::hold(*o.impliedHold));
        m_outcome->addItem(label, o.code);
    }
    const int index = m_outcome->findData(previous);
    m_outcome->setCurrentIndex(std::max(0, index));
}

bool LogContactForm::selectOutcome(const QString& code)
{
    const int index = m_outcome->findData(code);
    if (index < 1)
        return false;
    m_outcome->setCurrentIndex(index);
    return true;
}

void LogContactForm::onChannelChanged()
{
    const Channel ch = channel();
    m_visit->setVisible(ch == Channel::Visit);
    if (ch == Channel::Visit || ch == Channel::Letter)
        m_direction->setCurrentIndex(0);
    fillContactPoints();
    fillOutcomes();
    onOutcomeChanged();
    onTargetChanged();
}

void LogContactForm::onTargetChanged()
{
    if (m_token && m_tokenKey != targetKey())
        m_token.reset(); // an override is for one channel and contact point
    refreshGate();
}

void LogContactForm::onOutcomeChanged()
{
    const QString code = m_outcome->currentData().toString();
    bool conversation = false;
    for (const OutcomeCode& o : m_outcomes) {
        if (o.code == code)
            conversation = o.conversation;
    }
    m_rpc->setChecked(conversation);
}

QString LogContactForm::targetKey() const
{
    return m_channel->currentData().toString() + QLatin1Char('/') +
           m_point->currentData().toString();
}

ContactTarget LogContactForm::target() const
{
    ContactTarget t;
    if (!m_point->isHidden() && m_point->currentIndex() >= 0) {
        const qint64 id = m_point->currentData().toLongLong();
        if (channel() == Channel::Email)
            t.emailId = id;
        else
            t.phoneId = id;
    }
    return t;
}

NewContact LogContactForm::draft() const
{
    NewContact c;
    c.caseId = m_caseId;
    c.channel = channel();
    c.direction = direction();
    const ContactTarget t = target();
    if (c.channel == Channel::Call || c.channel == Channel::Sms)
        c.phoneId = t.phoneId;
    if (c.channel == Channel::Email)
        c.emailId = t.emailId;
    c.outcome = m_outcome->currentData().toString();
    c.notes = m_notes->toPlainText().trimmed();
    c.rpc = m_rpc->isChecked();
    if (c.channel == Channel::Visit) {
        VisitDetails v;
        v.address = m_visitAddress->text().trimmed();
        v.metPerson = m_metPerson->currentData().toString();
        const QLocale locale;
        bool okLat = false;
        bool okLon = false;
        const double lat = locale.toDouble(m_lat->text(), &okLat);
        const double lon = locale.toDouble(m_lon->text(), &okLon);
        if (okLat && okLon) {
            v.gpsLat = lat;
            v.gpsLon = lon;
        }
        for (int i = 0; i < m_attachments->count(); ++i)
            v.attachmentPaths << m_attachments->item(i)->data(Qt::UserRole).toString();
        c.visit = v;
    }
    if (m_followUp->isChecked()) {
        NewFollowUp f;
        f.type = fromCode<FollowUpType>(m_followUpType->currentData().toString())
                     .value_or(FollowUpType::Call);
        f.dueAt = m_followUpDue->dateTime().toUTC();
        f.note = m_followUpNote->text().trimmed();
        if (f.type == FollowUpType::Visit)
            f.visitAddress = m_debtorAddress;
        c.followUp = f;
    }
    if (m_promise->isChecked()) {
        NewPromisePlan p;
        p.total = Money{qRound64(m_amount->value() * 100.0), m_currency};
        p.firstDueDate = m_firstDue->date();
        if (m_instalments->isChecked()) {
            p.instalments = m_count->value();
            p.frequency = fromCode<PlanFrequency>(m_frequency->currentData().toString())
                              .value_or(PlanFrequency::Monthly);
        }
        c.promise = p;
    }
    if (m_token && m_tokenKey == targetKey())
        c.overrideToken = m_token;
    return c;
}

void LogContactForm::setPromiseExpanded(bool expanded)
{
    m_promise->setChecked(expanded);
    if (expanded)
        m_amount->setFocus(Qt::ShortcutFocusReason);
}

void LogContactForm::updateSchedule()
{
    const bool plan = m_instalments->isChecked();
    m_count->setEnabled(plan);
    m_frequency->setEnabled(plan);
    m_countLabel->setEnabled(plan);
    m_frequencyLabel->setEnabled(plan);
    m_firstDueLabel->setText(plan ? tr("First due") : tr("Due"));
    if (!m_promise->isChecked() || m_amount->value() <= 0) {
        m_schedule->setText(tr("Enter the amount to see the schedule."));
        return;
    }
    NewPromisePlan p;
    p.total = Money{qRound64(m_amount->value() * 100.0), m_currency};
    p.firstDueDate = m_firstDue->date();
    if (plan) {
        p.instalments = m_count->value();
        p.frequency = fromCode<PlanFrequency>(m_frequency->currentData().toString())
                          .value_or(PlanFrequency::Monthly);
    }
    try {
        const auto schedule = PromiseService::schedule(p);
        QStringList lines;
        for (size_t i = 0; i < schedule.size(); ++i) {
            if (int(i) == kMaxScheduleLines && schedule.size() > size_t(kMaxScheduleLines) + 1) {
                lines << tr("… and %n more", nullptr, int(schedule.size() - i - 1));
                i = schedule.size() - 1;
            }
            lines << tr("%1. %2 — %3")
                         .arg(i + 1)
                         .arg(CaseLabels::date(schedule[i].first),
                              CaseLabels::money(Money{schedule[i].second, m_currency}));
        }
        m_schedule->setText(lines.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        m_schedule->setText(e.message());
    }
}

void LogContactForm::refreshGate()
{
    m_gate.reset();
    m_gateError.clear();
    if (m_caseId != 0 && direction() == Direction::Outbound) {
        try {
            m_gate = ContactLogService::preview(m_session.connection(), draft());
        } catch (const Error& e) {
            m_gateError = e.message();
            spdlog::warn("contact form: gate preview failed (kind {})", static_cast<int>(e.kind()));
        }
    }
    updateGatePanel();
}

void LogContactForm::updateGatePanel()
{
    const bool mayOverride = OverrideDialog::mayOverride(m_session.user().role);
    if (!m_gate && m_gateError.isEmpty()) {
        m_gatePanel->hide();
    } else if (!m_gate) {
        m_gatePanel->setStyleSheet(panelStyle(Tone::Warning).arg(m_gatePanel->objectName()));
        m_gateText->setText(tr("The contact rules could not be checked: %1 They are checked "
                               "again when you save.")
                                .arg(m_gateError)
                                .toHtmlEscaped());
        m_overrideButton->hide();
        m_askSupervisor->hide();
        m_gatePanel->show();
    } else if (m_gate->allowed) {
        // Nothing in the way: a quiet line, no panel.
        m_gatePanel->setStyleSheet(panelStyle(Tone::Good).arg(m_gatePanel->objectName()));
        QString text = tr("Allowed now under the contact rules.").toHtmlEscaped();
        for (const BlockReason& w : m_gate->warnings)
            text += QStringLiteral("<br>") + tr("Warning: %1").arg(w.reason).toHtmlEscaped();
        m_gateText->setText(text);
        m_overrideButton->hide();
        m_askSupervisor->hide();
        m_gatePanel->show();
    } else {
        m_gatePanel->setStyleSheet(panelStyle(Tone::Bad).arg(m_gatePanel->objectName()));
        QStringList lines;
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("This %1 is blocked by the contact rules:")
                              .arg(CaseLabels::channel(channel()).toLower())
                              .toHtmlEscaped());
        for (const BlockReason& r : m_gate->blockedBy)
            lines << QStringLiteral("• ") + r.reason.toHtmlEscaped();
        if (m_gate->nextAllowedAt)
            lines << tr("Next allowed at %1 (your time).")
                         .arg(CaseLabels::dateTime(*m_gate->nextAllowedAt))
                         .toHtmlEscaped();
        else
            lines << tr("No time is known at which it would be allowed.").toHtmlEscaped();
        if (m_token && m_tokenKey == targetKey())
            lines << QStringLiteral("<b>%1</b>")
                         .arg(tr("Override recorded: you may save this contact once within %n "
                                 "minute(s).",
                                 nullptr, ContactLogService::overrideValidityMinutes)
                                  .toHtmlEscaped());
        m_gateText->setText(lines.join(QStringLiteral("<br>")));
        m_overrideButton->setVisible(mayOverride && !m_token);
        m_askSupervisor->setVisible(!mayOverride);
        m_gatePanel->show();
    }
    updateSaveButton();
}

bool LogContactForm::saveAllowed() const
{
    if (m_caseId == 0)
        return false;
    if (direction() == Direction::Outbound && m_gate && !m_gate->allowed)
        return m_token.has_value() && m_tokenKey == targetKey();
    return true;
}

void LogContactForm::updateSaveButton()
{
    m_save->setEnabled(saveAllowed());
}

void LogContactForm::overrideGate()
{
    if (!m_gate || m_gate->allowed)
        return;
    OverrideDialog dialog(m_session.connection(), m_session.user(), m_caseId, channel(), target(),
                          *m_gate, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.token())
        return;
    m_token = dialog.token();
    m_tokenKey = targetKey();
    updateGatePanel();
}

void LogContactForm::addAttachments()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach files"), QString(),
        tr("Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    for (const QString& file : files) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_attachments);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
}

bool LogContactForm::hasUnsavedInput() const
{
    return !m_notes->toPlainText().trimmed().isEmpty() ||
           !m_outcome->currentData().toString().isEmpty() || m_followUp->isChecked() ||
           m_promise->isChecked() || m_attachments->count() > 0 || !m_lat->text().isEmpty() ||
           !m_lon->text().isEmpty();
}

void LogContactForm::clear()
{
    m_outcome->setCurrentIndex(0);
    m_notes->clear();
    m_rpc->setChecked(false);
    m_followUp->setChecked(false);
    m_followUpNote->clear();
    m_followUpType->setCurrentIndex(0);
    const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(10, 0));
    m_followUpDue->setDateTime(tomorrow);
    m_promise->setChecked(false);
    m_amount->setValue(0);
    m_single->setChecked(true);
    m_count->setValue(3);
    m_firstDue->setDate(QDate::currentDate().addDays(7));
    m_visitAddress->setText(m_debtorAddress);
    m_metPerson->setCurrentIndex(0);
    m_lat->clear();
    m_lon->clear();
    m_attachments->clear();
    m_token.reset();
    hideError();
    updateSchedule();
    updateGatePanel();
}

void LogContactForm::showError(const QString& what, const QString& why, const QString& details)
{
    m_errorText->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                             .arg(what.toHtmlEscaped(), why.toHtmlEscaped(),
                                  tr("Everything you entered is still in the form: correct it "
                                     "and save again, or copy your notes.")
                                      .toHtmlEscaped()));
    m_errorDetails->setPlainText(details);
    m_errorToggle->setVisible(!details.isEmpty());
    m_errorToggle->setChecked(false);
    m_errorPanel->show();
    m_saved->hide();
}

void LogContactForm::hideError()
{
    m_errorPanel->hide();
    m_errorDetails->clear();
}

bool LogContactForm::save()
{
    if (!m_save->isEnabled())
        return false;
    m_saved->hide();
    if (m_outcome->currentData().toString().isEmpty()) {
        showError(tr("The contact was not saved."), tr("Choose the outcome of the contact."), {});
        m_outcome->setFocus();
        return false;
    }
    if (m_promise->isChecked() && m_amount->value() <= 0) {
        showError(tr("The contact was not saved."),
                  tr("Enter the amount of the promise, or untick “Promise to pay”."), {});
        m_amount->setFocus();
        return false;
    }
    const NewContact contact = draft();
    LogContactResult result;
    try {
        result = ContactLogService::log(m_session.connection(), m_session.user(), contact);
    } catch (const Error& e) {
        spdlog::warn("contact form: saving failed (kind {})", static_cast<int>(e.kind()));
        showError(tr("The contact was not saved."), e.message(), e.details());
        return false;
    }
    if (!result.saved) {
        m_gate = result.decision;
        updateGatePanel();
        showError(tr("The contact was not saved."),
                  tr("The contact rules block it now (see the reasons above)."), {});
        return false;
    }
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    clear();
    m_saved->setText(tr("Contact saved at %1.").arg(when));
    m_saved->show();
    refreshGate();
    Q_EMIT contactLogged(result.contactId);
    return true;
}

bool LogContactForm::requestClose()
{
    if (hasUnsavedInput()) {
        bool discard = false;
        if (m_confirm) {
            discard = m_confirm();
        } else {
            QMessageBox box(QMessageBox::Question, tr("Discard the contact?"),
                            tr("Discard the contact you started logging?"), QMessageBox::NoButton,
                            this);
            box.setInformativeText(tr("The outcome, notes and other entries will be lost."));
            QPushButton* discardButton = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
            QPushButton* keep = box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
            box.setDefaultButton(keep);
            box.setEscapeButton(keep);
            box.exec();
            discard = box.clickedButton() == discardButton;
        }
        if (!discard)
            return false;
    }
    clear();
    m_saved->hide();
    Q_EMIT closeRequested();
    return true;
}

void LogContactForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        requestClose();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace caseloop
